using System.Diagnostics;
using System.Text.Json;
using QaSearch.Core.Retrieval;

namespace QaSearch.Lucene;

/// <summary>
/// The one-writer-at-a-time lock of an index folder, held across processes. It is an exclusive advisory lock
/// (<c>flock</c> on Linux, a share-none handle on Windows) on <see cref="FileName"/>, so the operating system releases
/// it when the holder exits, however it exits: a killed writer never leaves a stale lock behind. Beside it, the
/// holder writes who it is (<see cref="IndexLockHolder"/>), so a second writer can say whom it is waiting for.
/// </summary>
/// <remarks>
/// Lucene's own <c>write.lock</c> did not stop a second process on Linux (the second writer went ahead and deleted
/// the first one's unfinished segment files), so this lock is taken before any <c>IndexWriter</c> opens.
/// Not thread-safe; dispose to release.
/// </remarks>
public sealed class IndexWriterLock : IDisposable
{
    /// <summary>The file the lock is held on; it stays in the folder when the lock is released.</summary>
    public const string FileName = "qasearch.lock";

    /// <summary>The file naming the current (or last) holder.</summary>
    public const string HolderFileName = "qasearch.lock.json";

    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(200);
    private readonly FileStream _handle;

    private IndexWriterLock(FileStream handle) => _handle = handle;

    /// <summary>Takes the lock of <paramref name="indexPath"/> (which must exist), waiting up to <paramref name="wait"/>.</summary>
    /// <param name="indexPath">The index folder.</param>
    /// <param name="wait"><see cref="TimeSpan.Zero"/> to fail at once when another process holds it, <see cref="Timeout.InfiniteTimeSpan"/> to wait for as long as it takes.</param>
    /// <param name="onWaiting">Called once, with the holder, when the lock is taken and the call starts waiting.</param>
    /// <param name="cancellation">Stops the wait.</param>
    /// <exception cref="IndexUnavailableException">Another process holds the lock and the wait ran out; the message names it.</exception>
    public static IndexWriterLock Acquire(string indexPath, TimeSpan wait, Action<IndexLockHolder?>? onWaiting = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(indexPath);
        var lockPath = Path.Combine(indexPath, FileName);
        var clock = Stopwatch.StartNew();
        var told = false;
        while (true)
        {
            if (TryOpen(lockPath) is { } handle)
            {
                WriteHolder(indexPath);
                return new IndexWriterLock(handle);
            }
            var holder = ReadHolder(indexPath);
            if (wait != Timeout.InfiniteTimeSpan && clock.Elapsed >= wait)
                throw new IndexUnavailableException($"the index {indexPath} is being written by another process ({Describe(holder)}); " +
                                                    "wait for it to finish, or pass --wait to wait for it");
            if (!told) onWaiting?.Invoke(holder);
            told = true;
            cancellation.WaitHandle.WaitOne(Poll);
            cancellation.ThrowIfCancellationRequested();
        }
    }

    /// <summary>Who holds the lock of <paramref name="indexPath"/> now, or null when nobody does.</summary>
    public static IndexLockHolder? CurrentHolder(string indexPath)
    {
        var lockPath = Path.Combine(indexPath, FileName);
        if (!File.Exists(lockPath)) return null;
        using var handle = TryOpen(lockPath);
        return handle is null ? ReadHolder(indexPath) ?? new IndexLockHolder(0, DateTimeOffset.MinValue, "") : null;
    }

    /// <summary>"pid 1234, since 2026-11-24 08:01:07Z, running qasearch index docs/": the holder as a message names it.</summary>
    public static string Describe(IndexLockHolder? holder) =>
        holder is null || holder.Pid == 0
            ? "its process id is not known yet"
            : $"pid {holder.Pid}, since {holder.Since.UtcDateTime:yyyy-MM-dd HH:mm:ss}Z{(holder.Command.Length > 0 ? ", running " + holder.Command : "")}";

    private static FileStream? TryOpen(string lockPath)
    {
        try
        {
            return new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException) when (File.Exists(lockPath))
        {
            return null;
        }
    }

    private static void WriteHolder(string indexPath)
    {
        var args = Environment.GetCommandLineArgs();
        var command = string.Join(' ', args.Skip(1).Prepend("qasearch"));
        var holder = new IndexLockHolder(Environment.ProcessId, DateTimeOffset.UtcNow, command.Length > 200 ? command[..200] + "…" : command);
        var target = Path.Combine(indexPath, HolderFileName);
        var temporary = target + "." + Environment.ProcessId + ".tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(holder));
        File.Move(temporary, target, overwrite: true);
    }

    private static IndexLockHolder? ReadHolder(string indexPath)
    {
        try
        {
            return JsonSerializer.Deserialize<IndexLockHolder>(File.ReadAllText(Path.Combine(indexPath, HolderFileName)));
        }
        catch (Exception e) when (e is IOException or JsonException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    public void Dispose() => _handle.Dispose();
}
