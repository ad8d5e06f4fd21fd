namespace QaSearch.Core.Extraction;

/// <summary>Options of the answer extractor.</summary>
public sealed record ExtractorOptions
{
    /// <summary>Below this confidence (in [0, 1]) the answer is null ("no answer"); the best guess is still reported as evidence. Default 0.05.</summary>
    public double MinConfidence { get; init; } = 0.05;

    /// <summary>How many scored candidates an answer keeps for explanation (default 3).</summary>
    public int KeepCandidates { get; init; } = 3;

    /// <summary>What ranks the candidates and calibrates confidence (default: the shipped scorer).</summary>
    public ICandidateScorer Scorer { get; init; } = CandidateScorers.Default;

    /// <summary>The word lists questions and names are read with (default: the shipped, general-English ones).</summary>
    public Lexicon Lexicon { get; init; } = Lexicon.Default;

    /// <exception cref="ArgumentOutOfRangeException">The threshold is outside [0, 1] or no candidate is kept.</exception>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegative(MinConfidence);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(MinConfidence, 1.0);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(KeepCandidates);
        ArgumentNullException.ThrowIfNull(Scorer);
        ArgumentNullException.ThrowIfNull(Lexicon);
    }
}
