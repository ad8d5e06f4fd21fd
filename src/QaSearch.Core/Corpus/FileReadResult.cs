namespace QaSearch.Core.Corpus;

/// <summary>What came of reading one file: its documents, or the reason it was skipped, and any partial losses.</summary>
/// <param name="File">The file.</param>
/// <param name="Documents">The documents read (empty when skipped).</param>
/// <param name="SkipReason">Why nothing was read from the file, or null.</param>
/// <param name="Warnings">Parts of the file that were lost (bad lines, ragged rows).</param>
public sealed record FileReadResult(CorpusFile File, IReadOnlyList<SourceDocument> Documents, string? SkipReason, IReadOnlyList<string> Warnings)
{
    public bool Skipped => SkipReason is not null;

    /// <summary>True when the file was skipped for memory (see <see cref="OutOfMemory"/>): a wider limit may read it.</summary>
    public bool RanOutOfMemory => OutOfMemoryStage is not null;

    /// <summary>What ran out of memory, "read" or "index"; null when nothing did.</summary>
    public string? OutOfMemoryStage { get; init; }

    /// <summary>The file skipped because reading or indexing it needed more memory than the run's heap limit allows.</summary>
    public FileReadResult OutOfMemory(string stage) => this with
    {
        OutOfMemoryStage = stage,
        Documents = [],
        SkipReason = $"needed more memory to {stage} than the limit allows ({CorpusReader.Megabytes(GC.GetGCMemoryInfo().TotalAvailableMemoryBytes)}; raise --max-memory-mb to index it)",
    };
}
