namespace QaSearch.Core.Corpus;

/// <summary>Limits on what the corpus reader accepts.</summary>
public sealed record CorpusReaderOptions
{
    /// <summary>Files larger than this are skipped with a reason (default 32 MiB): a huge single blob is rarely prose worth indexing, and it would hold up the run.</summary>
    public long MaxFileBytes { get; init; } = 32L * 1024 * 1024;
}
