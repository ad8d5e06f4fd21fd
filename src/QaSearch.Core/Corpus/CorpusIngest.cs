using System.Collections.Concurrent;
using System.Diagnostics;
using System.Security.Cryptography;
using QaSearch.Core.Retrieval;

namespace QaSearch.Core.Corpus;

/// <summary>
/// The indexing stage: files → documents → passages → index, kept in sync with the files. A file the index already
/// holds is read again only when its size and modification time changed and its content hash did too; files gone
/// from an indexed folder lose their passages. One thread per core takes the next file, reads, splits and writes it,
/// so Lucene's analysis runs on every core and memory holds one file per thread, whatever the corpus size. A long
/// run commits every <see cref="CommitInterval"/>, so a crash loses at most that much work, and the same run again
/// completes it. A file that cannot be read is reported and skipped, and everything else is still indexed and
/// committed. Reports list files in path order; the order of passages in the index is not fixed (ties in retrieval
/// are broken by passage id).
/// </summary>
public sealed class CorpusIngest(CorpusReader reader, PassageSplitter splitter)
{
    /// <summary>
    /// The version of what readers and the splitter make of a file, and of what the index keeps of a passage. Raise it
    /// when a change alters passages or what is indexed of them (12: the abbreviations a passage defines), so that the
    /// next run over an existing index reads every file again instead of keeping passages made the old way.
    /// </summary>
    public const int ReaderVersion = 12;

    /// <summary>Threads that read, split and write files at once: one per core.</summary>
    private static int Writers => Math.Max(1, Environment.ProcessorCount);

    /// <summary>
    /// A file whose text may reach this size (its length, eight times that when compressed or an archive) is large:
    /// reading, splitting and indexing it takes several times its size in memory, so large files are read one at a
    /// time while the other threads go on with small ones. Two at once would double the run's peak memory.
    /// </summary>
    internal const long LargeFileBytes = 2L * 1024 * 1024;

    /// <summary>How often a long run commits (default 10 s): the most work a crash can lose.</summary>
    public TimeSpan CommitInterval { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Widens the run's heap limit for the given attempt (1, 2, …) until the returned scope is disposed; returns null
    /// when it can widen no further. A file that runs out of memory, reading or writing, is read and written again,
    /// alone among large files, under each wider limit in turn, so that the rest of the run keeps a narrow one.
    /// </summary>
    public Func<int, IDisposable?>? WidenMemory { get; init; }

    /// <summary>What the passages are built with, as the index records it; when it differs, every file is read again.</summary>
    public string BuildSettings
    {
        get
        {
            var o = splitter.Options;
            return $"reader {ReaderVersion}; passage-chars {o.TargetChars}; max-chars {o.MaxChars}; record-chars {o.MaxRecordChars}; overlap {o.OverlapSentences}";
        }
    }

    /// <summary>Indexes the files and folders named by <paramref name="paths"/> into <paramref name="index"/> and commits.</summary>
    /// <param name="paths">Files, folders (read recursively) and globs.</param>
    /// <param name="index">The index to write, in sync with the files.</param>
    /// <param name="onFile">Called after each file that was read (added, updated or skipped), one call at a time, for progress and messages.</param>
    /// <param name="excludeFolders">Folders never read as corpus: pass the index folder, in case it lies inside the corpus.</param>
    /// <param name="cancellation">Stops the run after the file being written; what was written so far is committed.</param>
    public IngestReport Run(IEnumerable<string> paths, IPassageIndex index, Action<FileReadResult>? onFile = null,
        IEnumerable<string>? excludeFolders = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(index);
        var clock = Stopwatch.StartNew();
        var named = paths.ToList();
        var missing = new List<string>();
        var notes = new List<(string, string)>();
        var files = CorpusPaths.Expand(named, missing, excludeFolders, notes);
        var skipped = missing.Select(m => (m, "no such file or folder, and no file matches it as a glob")).ToList();
        var warnings = new List<(string, string)>();
        var counts = new Counts();

        // What the index held before this run; with other settings nothing it holds counts as up to date.
        var known = index.Files.ToDictionary(StringComparer.Ordinal);
        var current = index.BuildSettings == BuildSettings;
        index.BuildSettings = BuildSettings;

        // 1. Files gone from an indexed folder lose their passages.
        var present = files.Select(f => f.FullPath).ToHashSet(StringComparer.Ordinal);
        var folders = CorpusPaths.Folders(named);
        foreach (var gone in known.Keys.Where(k => !present.Contains(k) && folders.Any(f => CorpusPaths.IsUnder(k, f))).Order(StringComparer.Ordinal))
        {
            index.RemoveFile(gone);
            counts.Removed++;
        }

        // 2. On every core: each file is checked, read and split if it changed, and written, replacing its old
        //    passages (Lucene analyses each thread's passages in parallel). A commit every CommitInterval.
        var gate = new object();
        var committing = new object();
        using var large = new SemaphoreSlim(1);
        var lastCommit = clock.Elapsed;
        try
        {
            var options = new ParallelOptions { MaxDegreeOfParallelism = Writers, CancellationToken = cancellation };
            // A large file met while another is being read waits in a queue, and its thread goes on with the next file;
            // whichever thread is free takes it once no large file is being read. (Waiting for the other one instead
            // left a core idle for 12% of the indexing threads' time on /usr/share/doc.)
            // Large files come first, so that while one thread reads them in turn the others have every small file to go on
            // with, instead of a large file met near the end being read while the other cores have nothing left.
            var deferred = new ConcurrentQueue<CorpusFile>();
            var ordered = files.Select(f => (File: f, Large: IsLarge(f))).OrderByDescending(f => f.Large).ToList();
            Parallel.ForEach(Partitioner.Create(ordered, EnumerablePartitionerOptions.NoBuffering), options, entry =>
            {
                var (file, isLarge) = entry;
                if (isLarge && !large.Wait(0)) deferred.Enqueue(file);
                else Ingest(file, isLarge);
                TakeDeferred(wait: false);
            });
            TakeDeferred(wait: true);

            // Reads the queued large files, each once no other large file is being read: those it can take at once, or
            // (wait) every one left, waiting for its turn.
            void TakeDeferred(bool wait)
            {
                while (!deferred.IsEmpty)
                {
                    if (wait)
                    {
                        cancellation.ThrowIfCancellationRequested();
                        large.Wait(cancellation);
                    }
                    else if (!large.Wait(0)) return;
                    if (deferred.TryDequeue(out var next)) Ingest(next, holdsLarge: true);
                    else large.Release();
                }
            }

            // One file checked, and read, split and written if it changed; holdsLarge: the caller took `large` for it.
            void Ingest(CorpusFile file, bool holdsLarge)
            {
                var before = known.GetValueOrDefault(file.FullPath);
                var isLarge = holdsLarge;
                IDisposable? widened = null;
                Prepared outcome;
                var written = 0;
                try
                {
                    outcome = Prepare(file, before, current);
                    if (outcome.Unchanged is { } same)
                    {
                        if (same != before) index.Remember(same); // touched, same content: remember the new time
                        lock (gate) counts.Unchanged++;
                        return;
                    }
                    (outcome, written) = Write(index, outcome);
                    var shortOf = outcome.Read!.OutOfMemoryStage;
                    for (var attempt = 1; outcome.Read!.RanOutOfMemory && WidenMemory is not null; attempt++)
                    {
                        // Again, alone among large files, under a wider limit, while there is one.
                        if (!isLarge) large.Wait(cancellation);
                        isLarge = true;
                        // The next step is taken before the last is let go, so the limit never falls back between them.
                        if (WidenMemory(attempt) is not { } wider) break;
                        widened?.Dispose();
                        widened = wider;
                        (outcome, written) = Write(index, Prepare(file, before, current));
                        if (!outcome.Read!.RanOutOfMemory)
                            outcome = outcome with { Read = outcome.Read with { Warnings = [.. outcome.Read.Warnings, $"needed more memory to {shortOf} than the run's heap limit; read again alone under a wider one (step {attempt})"] } };
                    }
                }
                finally
                {
                    widened?.Dispose();
                    if (isLarge) large.Release();
                }
                var result = outcome.Read!;
                lock (gate)
                {
                    warnings.AddRange(result.Warnings.Select(w => (result.File.FullPath, w)));
                    if (result.Skipped) skipped.Add((result.File.FullPath, result.SkipReason!));
                    else if (before is not null) counts.Updated++;
                    else counts.Added++;
                    counts.Documents += result.Skipped ? 0 : result.Documents.Count;
                    counts.Passages += written;
                    onFile?.Invoke(result);
                }
                if (clock.Elapsed - lastCommit < CommitInterval || !Monitor.TryEnter(committing)) return;
                try
                {
                    if (clock.Elapsed - lastCommit < CommitInterval) return;
                    index.Commit();
                    lastCommit = clock.Elapsed;
                }
                finally
                {
                    Monitor.Exit(committing);
                }
            }
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            // Stopped: what was written is committed below, and the next run reads the rest.
        }
        index.Commit();
        return new IngestReport(counts.Added + counts.Updated, counts.Documents, counts.Passages,
            skipped.OrderBy(s => s.Item1, StringComparer.Ordinal).ToList(), warnings.OrderBy(w => w.Item1, StringComparer.Ordinal).ToList(), clock.Elapsed)
        {
            Added = counts.Added,
            Updated = counts.Updated,
            Removed = counts.Removed,
            Unchanged = counts.Unchanged,
            Links = notes,
        };
    }

    /// <summary>
    /// Splits a file that was read as it is written, replacing its passages; returns the outcome (skipped when
    /// writing it ran out of memory) and the passages written.
    /// </summary>
    /// <remarks>
    /// Under the run's heap limit, splitting a large file can ask for more than is left while the other threads hold
    /// theirs. Its passages written so far are then taken out again and it is forgotten (the next run reads it
    /// again), and the run goes on.
    /// </remarks>
    private (Prepared Outcome, int Written) Write(IPassageIndex index, Prepared outcome)
    {
        var read = outcome.Read!;
        if (read.Skipped) return (outcome, 0);
        try
        {
            return (outcome, index.ReplaceFile(read.File.FullPath, read.Documents.Select(d => DocumentPassages.Split(d, splitter)), outcome.State));
        }
        catch (OutOfMemoryException)
        {
            index.RemoveFile(read.File.FullPath);
            return (outcome with { Read = read.OutOfMemory("index") }, 0);
        }
    }

    /// <summary>
    /// Decides whether <paramref name="file"/> changed since <paramref name="before"/>: the same size and time mean
    /// unchanged without reading it; otherwise the same content hash does. A changed or new file is read; it is split
    /// as it is written.
    /// </summary>
    private Prepared Prepare(CorpusFile file, IndexedFile? before, bool current)
    {
        FileInfo info;
        string hash;
        try
        {
            info = new FileInfo(file.FullPath);
            if (current && before is not null && before.Length == info.Length && before.LastWriteUtc == info.LastWriteTimeUtc)
                return new Prepared(before, null, null);
            hash = Hash(file.FullPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new Prepared(null, new FileReadResult(file, [], $"cannot read the file ({e.Message})", []), null);
        }
        if (current && before is not null && before.Length == info.Length && before.Sha256 == hash)
            return new Prepared(before with { LastWriteUtc = info.LastWriteTimeUtc }, null, null);
        var result = reader.Read(file);
        return new Prepared(null, result, new IndexedFile(file.FullPath, info.Length, info.LastWriteTimeUtc, hash, result.Documents.Count, Passages: 0));
    }

    /// <summary>Whether the file may hold <see cref="LargeFileBytes"/> of text or more; see there.</summary>
    private static bool IsLarge(CorpusFile file)
    {
        try
        {
            var length = new FileInfo(file.FullPath).Length;
            return (CorpusReader.IsPacked(file) ? length * 8 : length) >= LargeFileBytes;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false; // Prepare reports it
        }
    }

    private static string Hash(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 0, FileOptions.SequentialScan);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    /// <summary>One file checked: unchanged (with what to remember of it), or read (with its new state; the index counts its passages).</summary>
    private sealed record Prepared(IndexedFile? Unchanged, FileReadResult? Read, IndexedFile? State);

    private sealed class Counts
    {
        public int Added, Updated, Removed, Unchanged, Documents, Passages;
    }
}
