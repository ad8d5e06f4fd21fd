namespace QaSearch.Core.Retrieval;

/// <summary>Which feedback model expands the query.</summary>
public enum FeedbackModel
{
    /// <summary>Relevance model: feedback documents weighted by retrieval score, terms by probability.</summary>
    Rm3,
    /// <summary>Rocchio: the centroid of the feedback documents' tf-idf vectors.</summary>
    Rocchio,
}

/// <summary>
/// Pseudo-relevance feedback (RM3 by default): the top <see cref="Documents"/> results of the first search are taken as relevant,
/// the <see cref="Terms"/> terms most probable under their relevance model are added to the query, and the original
/// query keeps <see cref="OriginalWeight"/> of the mass. Defaults are Anserini's (10, 10, 0.5).
/// </summary>
public sealed record FeedbackOptions
{
    public FeedbackModel Model { get; init; } = FeedbackModel.Rm3;
    public int Documents { get; init; } = 10;
    public int Terms { get; init; } = 10;
    public double OriginalWeight { get; init; } = 0.5;

    /// <exception cref="ArgumentOutOfRangeException">A count is not positive or the weight is outside [0, 1].</exception>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(Documents);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(Terms);
        ArgumentOutOfRangeException.ThrowIfNegative(OriginalWeight);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(OriginalWeight, 1.0);
    }
}
