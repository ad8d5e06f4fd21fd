namespace QaSearch.Core.Retrieval;

/// <summary>
/// BM25 parameters. Defaults k1 = 0.9 and b = 0.4, Anserini's defaults for passage retrieval: short passages
/// gain little from strong length normalisation.
/// </summary>
public sealed record Bm25Options
{
    /// <summary>Term-frequency saturation, ≥ 0.</summary>
    public float K1 { get; init; } = 0.9f;

    /// <summary>Length normalisation, in [0, 1].</summary>
    public float B { get; init; } = 0.4f;

    /// <exception cref="ArgumentOutOfRangeException">k1 is negative or b is outside [0, 1].</exception>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegative(K1);
        ArgumentOutOfRangeException.ThrowIfNegative(B);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(B, 1f);
    }
}
