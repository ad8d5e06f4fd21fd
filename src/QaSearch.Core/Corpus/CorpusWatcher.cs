using QaSearch.Core.Retrieval;

namespace QaSearch.Core.Corpus;

/// <summary>
/// Keeps an index in sync with folders while their files change. Each burst of changes (a save, a checkout, a copy)
/// is followed, after <see cref="Debounce"/> of quiet, by one incremental run of <see cref="CorpusIngest"/> over the
/// folders, which reads only the files that changed, removes the passages of deleted ones and commits: a change is
/// searchable by any new reader once that commit lands. The watcher holds the index's writer for as long as it runs.
/// Where the operating system cannot watch a folder (too many folders for inotify, a network share), it falls back to
/// a sync every <see cref="PollInterval"/>. Not thread-safe; one <see cref="Run"/> at a time.
/// </summary>
public sealed class CorpusWatcher(CorpusIngest ingest, IPassageIndex index)
{
    /// <summary>Quiet time after the last change before a sync starts (default 300 ms), so a burst costs one sync.</summary>
    public TimeSpan Debounce { get; init; } = TimeSpan.FromMilliseconds(300);

    /// <summary>How often to sync when file system events are not available (default 2 s).</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Syncs <paramref name="folders"/> once, then again after every burst of changes, until <paramref name="cancellation"/> fires.
    /// </summary>
    /// <param name="folders">Folders to watch (recursively) and index.</param>
    /// <param name="onSync">Called after each sync with its report; the first call is the initial sync.</param>
    /// <param name="excludeFolders">Folders never read as corpus (the index folder, when it lies inside one).</param>
    /// <param name="onWatching">Called once events are set up: true when the file system reports changes, false when polling.</param>
    /// <param name="cancellation">Stops watching; what was synced is committed.</param>
    public void Run(IReadOnlyList<string> folders, Action<IngestReport> onSync, IEnumerable<string>? excludeFolders = null,
        Action<bool>? onWatching = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(folders);
        ArgumentNullException.ThrowIfNull(onSync);
        var missing = folders.Where(f => !Directory.Exists(f)).ToList();
        if (missing.Count > 0) throw new DirectoryNotFoundException($"no such folder to watch: {string.Join(", ", missing)}");
        var excluded = (excludeFolders ?? []).ToList();
        var excludedFolders = excluded.Select(Path.GetFullPath).ToList();
        using var changed = new SemaphoreSlim(0);
        var lastChange = DateTime.UtcNow.Ticks; // written by the watchers' threads, read by the loop
        void Changed(string? path)
        {
            if (path is not null && excludedFolders.Any(f => CorpusPaths.IsUnder(Path.GetFullPath(path), f))) return;
            Interlocked.Exchange(ref lastChange, DateTime.UtcNow.Ticks);
            if (changed.CurrentCount == 0) changed.Release();
        }

        var watchers = new List<FileSystemWatcher>();
        var polling = false;
        try
        {
            foreach (var folder in folders)
            {
                var watcher = new FileSystemWatcher(folder)
                {
                    IncludeSubdirectories = true,
                    NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
                    InternalBufferSize = 64 * 1024,
                };
                watcher.Created += (_, e) => Changed(e.FullPath);
                watcher.Changed += (_, e) => Changed(e.FullPath);
                watcher.Deleted += (_, e) => Changed(e.FullPath);
                watcher.Renamed += (_, e) => Changed(e.FullPath);
                watcher.Error += (_, _) => Changed(null); // events were lost: a sync finds what changed anyway
                watchers.Add(watcher);
                watcher.EnableRaisingEvents = true;
            }
        }
        catch (Exception e) when (e is IOException or PlatformNotSupportedException or UnauthorizedAccessException)
        {
            polling = true;
        }

        onSync(ingest.Run(folders, index, excludeFolders: excluded, cancellation: cancellation));
        onWatching?.Invoke(!polling);
        try
        {
            while (!cancellation.IsCancellationRequested)
            {
                if (polling)
                {
                    cancellation.WaitHandle.WaitOne(PollInterval);
                }
                else
                {
                    changed.Wait(cancellation);
                    // Wait for a quiet moment, so that a burst of events costs one sync.
                    while (Debounce - (DateTime.UtcNow - new DateTime(Interlocked.Read(ref lastChange), DateTimeKind.Utc)) is var quietLeft
                           && quietLeft > TimeSpan.Zero && !cancellation.IsCancellationRequested)
                        cancellation.WaitHandle.WaitOne(quietLeft);
                }
                if (cancellation.IsCancellationRequested) break;
                var report = ingest.Run(folders, index, excludeFolders: excluded, cancellation: cancellation);
                if (!polling || report.Added + report.Updated + report.Removed > 0) onSync(report);
            }
        }
        catch (OperationCanceledException)
        {
            // Stopped while waiting for a change: nothing is pending.
        }
        finally
        {
            foreach (var watcher in watchers) watcher.Dispose();
        }
    }
}
