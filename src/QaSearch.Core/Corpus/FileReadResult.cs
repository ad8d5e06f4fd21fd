namespace QaSearch.Core.Corpus;

/// <summary>What came of reading one file: its documents, or the reason it was skipped, and any partial losses.</summary>
/// <param name="File">The file.</param>
/// <param name="Documents">The documents read (empty when skipped).</param>
/// <param name="SkipReason">Why nothing was read from the file, or null.</param>
/// <param name="Warnings">Parts of the file that were lost (bad lines, ragged rows).</param>
public sealed record FileReadResult(CorpusFile File, IReadOnlyList<SourceDocument> Documents, string? SkipReason, IReadOnlyList<string> Warnings)
{
    public bool Skipped => SkipReason is not null;
}
