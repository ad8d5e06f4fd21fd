namespace QaSearch.Core.Corpus;

/// <summary>What an indexing run did: counts, and each skipped file or partial loss with its reason.</summary>
public sealed record IngestReport(
    int FilesRead,
    int Documents,
    int Passages,
    IReadOnlyList<(string Path, string Reason)> Skipped,
    IReadOnlyList<(string Path, string Warning)> Warnings,
    TimeSpan Elapsed);
