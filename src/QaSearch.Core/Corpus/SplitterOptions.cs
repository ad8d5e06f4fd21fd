namespace QaSearch.Core.Corpus;

/// <summary>
/// Passage sizes, in characters. Defaults: passages of about 600 characters (three to five sentences), never over
/// 1,200, with one sentence of overlap, so that an answer near a passage boundary stands whole in one of them.
/// </summary>
public sealed record SplitterOptions
{
    /// <summary>A passage is closed once adding the next sentence would take it past this length.</summary>
    public int TargetChars { get; init; } = 600;

    /// <summary>No passage is longer; a longer sentence is cut at white space.</summary>
    public int MaxChars { get; init; } = 1200;

    /// <summary>
    /// A record (a CSV row, a JSON object) up to this length stays one passage, however long its fields: cut in two,
    /// a paper's title would lose its authors and ids. Longer records are split like prose.
    /// </summary>
    public int MaxRecordChars { get; init; } = 4000;

    /// <summary>How many sentences of one passage begin the next (within a paragraph).</summary>
    public int OverlapSentences { get; init; } = 1;

    /// <summary>Checks the options once, at construction of the splitter.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A size is not positive, or the target is over the maximum.</exception>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(TargetChars);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxChars);
        ArgumentOutOfRangeException.ThrowIfNegative(OverlapSentences);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(TargetChars, MaxChars);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxRecordChars);
    }
}
