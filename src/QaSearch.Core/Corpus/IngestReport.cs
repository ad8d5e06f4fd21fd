namespace QaSearch.Core.Corpus;

/// <summary>What an indexing run did: counts, and each skipped file or partial loss with its reason.</summary>
/// <param name="FilesRead">Files read and written (added and updated).</param>
/// <param name="Documents">Documents read from them.</param>
/// <param name="Passages">Passages written for them.</param>
/// <param name="Skipped">Files that could not be read, each with its reason; what the index held of them is kept.</param>
/// <param name="Warnings">Parts of files that were lost.</param>
/// <param name="Elapsed">Wall time of the run.</param>
public sealed record IngestReport(
    int FilesRead,
    int Documents,
    int Passages,
    IReadOnlyList<(string Path, string Reason)> Skipped,
    IReadOnlyList<(string Path, string Warning)> Warnings,
    TimeSpan Elapsed)
{
    /// <summary>Files the index did not hold before.</summary>
    public int Added { get; init; }

    /// <summary>Files whose content changed since they were indexed, read again.</summary>
    public int Updated { get; init; }

    /// <summary>Files gone from an indexed folder, whose passages were removed.</summary>
    public int Removed { get; init; }

    /// <summary>Files unchanged since they were indexed, not read again.</summary>
    public int Unchanged { get; init; }

    /// <summary>Symbolic links that were not followed (a loop, or a second way to a folder read already), each once.</summary>
    public IReadOnlyList<(string Path, string Note)> Links { get; init; } = [];
}
