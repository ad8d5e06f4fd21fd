using QaSearch.Core.Corpus;

namespace QaSearch;

/// <summary>How <see cref="QaEngine.IndexAsync"/> reads files into an index. Immutable.</summary>
public sealed record IndexingOptions
{
    /// <summary>Start an empty index instead of syncing the one there.</summary>
    public bool Fresh { get; init; }

    /// <summary>File size limit and other reader settings.</summary>
    public CorpusReaderOptions Reader { get; init; } = new();

    /// <summary>Passage sizes.</summary>
    public SplitterOptions Splitter { get; init; } = new();

    /// <summary>How often a long run commits (default 10 s): the most work a crash can lose.</summary>
    public TimeSpan CommitInterval { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Widens the run's heap limit for a file that ran out under it (see <see cref="CorpusIngest.WidenMemory"/>); null for none.</summary>
    public Func<int, IDisposable?>? WidenMemory { get; init; }

    /// <summary>How long to wait for another process's writer: zero fails at once, <see cref="Timeout.InfiniteTimeSpan"/> waits.</summary>
    public TimeSpan LockWait { get; init; } = TimeSpan.Zero;
}
