namespace QaSearch.Core.Corpus;

/// <summary>Limits on what the corpus reader accepts.</summary>
public sealed record CorpusReaderOptions
{
    /// <summary>Files larger than this are skipped with a reason (default 32 MiB): a huge single blob is rarely prose worth indexing, and it would hold up the run.</summary>
    public long MaxFileBytes { get; init; } = 32L * 1024 * 1024;

    /// <summary>
    /// How much an archive may unpack to in all (four times <see cref="MaxFileBytes"/>): its entries are read into
    /// memory together, so a .tar.gz of a thousand large files stops there, with a warning, instead of exhausting it.
    /// </summary>
    public long MaxArchiveBytes => MaxFileBytes * 4;

    /// <summary>
    /// How long one file may take to read (default 60 s) before it is skipped with that reason, so that a parser stuck
    /// on odd input never holds up the run. <see cref="Timeout.InfiniteTimeSpan"/> waits for as long as it takes.
    /// </summary>
    public TimeSpan MaxReadTime { get; init; } = TimeSpan.FromSeconds(60);
}
