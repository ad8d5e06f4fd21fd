namespace QaSearch.Core.Corpus;

/// <summary>Limits on what the corpus reader accepts.</summary>
public sealed record CorpusReaderOptions
{
    /// <summary>Files larger than this are skipped with a reason (default 32 MiB): a huge single blob is rarely prose worth indexing, and it would hold up the run.</summary>
    public long MaxFileBytes { get; init; } = 32L * 1024 * 1024;

    /// <summary>
    /// How long one file may take to read (default 60 s) before it is skipped with that reason, so that a parser stuck
    /// on odd input never holds up the run. <see cref="Timeout.InfiniteTimeSpan"/> waits for as long as it takes.
    /// </summary>
    public TimeSpan MaxReadTime { get; init; } = TimeSpan.FromSeconds(60);
}
