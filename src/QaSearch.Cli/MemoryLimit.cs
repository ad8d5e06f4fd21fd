using System.CommandLine;

namespace QaSearch.Cli;

/// <summary>
/// The heap limit an indexing run works under. A file whose reading or writing would take the process past it fails
/// with an <see cref="OutOfMemoryException"/> on its thread, which the ingest turns into the file's skip reason,
/// instead of the machine running out of memory (a zip bomb, a parser looping on odd input).
/// <para>
/// The run works under a narrow limit (<see cref="NarrowBytes"/>): under it the GC keeps the whole process near 300 MB.
/// A file that runs out under it is read and written again under twice that, then under the run's maximum
/// (<c>--max-memory-mb</c>), each set by <see cref="Widen"/> until that file is done (a step at a time, since under a
/// wide limit the GC lets the process grow); only a file that runs out under the maximum too is skipped.
/// </para>
/// </summary>
internal sealed class MemoryLimit
{
    /// <summary>The memory available to the process before any limit of ours (once set, the GC reports the limit instead).</summary>
    private static readonly long Available = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes;

    /// <summary>The limit most files are read under (or the maximum, when that is lower).</summary>
    internal const long NarrowBytes = 200L << 20;

    private readonly object _gate = new();
    private readonly long _narrow;
    private readonly long[] _steps;
    private int _widened;

    private MemoryLimit(long narrow, long wide)
    {
        _narrow = narrow;
        _steps = new[] { Math.Min(2 * narrow, wide), wide }.Where(s => s > narrow).Distinct().ToArray();
    }

    public static Option<int> Option() => new("--max-memory-mb")
    {
        Description = "The most the managed heap may take: files are read under 200 MB, and one that needs more is read again alone under this; " +
                      "a file that needs more than this is skipped with that reason (default 0: 1024, or 32 times --max-file-mb if more, never over three quarters of the memory available)",
        DefaultValueFactory = _ => 0,
    };

    /// <summary>
    /// Sets the narrow limit for the rest of the process; <see cref="Widen"/> lifts it to the maximum. In a process
    /// the CLI does not own (<see cref="CliApp.OwnsProcess"/>), whose other work may need more than the narrow limit,
    /// the maximum is the only limit.
    /// </summary>
    /// <param name="megabytes">The maximum asked for; 0 for the default.</param>
    /// <param name="maxFileBytes">The largest file the run reads: the default maximum leaves room for several such files at once.</param>
    /// <exception cref="ArgumentException">The limit is below what the process already holds.</exception>
    public static MemoryLimit Apply(int megabytes, long maxFileBytes = 32L << 20)
    {
        var wide = megabytes > 0 ? megabytes * (1L << 20) : Math.Min(Math.Max(1L << 30, 32 * maxFileBytes), Available / 4 * 3);
        var limit = new MemoryLimit(CliApp.OwnsProcess ? Math.Min(NarrowBytes, wide) : wide, wide);
        try
        {
            Set(limit._narrow);
        }
        catch (InvalidOperationException e)
        {
            throw new ArgumentException($"--max-memory-mb {wide >> 20} is below what the process already holds ({e.Message})", e);
        }
        return limit;
    }

    /// <summary>
    /// Lifts the limit to its <paramref name="attempt"/>-th wider step until the returned scope is disposed; null when
    /// there is no such step. The ingest widens for one file at a time; the last scope disposed narrows it again.
    /// </summary>
    public IDisposable? Widen(int attempt)
    {
        if (attempt < 1 || attempt > _steps.Length) return null;
        lock (_gate)
        {
            // What the attempt that ran out left behind goes first, large strings included, so the wider limit is room
            // for the file and not for its garbage.
            System.Runtime.GCSettings.LargeObjectHeapCompactionMode = System.Runtime.GCLargeObjectHeapCompactionMode.CompactOnce;
            GC.Collect();
            _widened++;
            Set(_steps[attempt - 1]);
        }
        return new Scope(this);
    }

    private void Narrow()
    {
        lock (_gate)
        {
            if (--_widened > 0) return;
            // When the heap still holds more than the narrow limit allows, collect what the large file left and try
            // once more; failing that, stay wide until the next widened file is done.
            if (TrySet(_narrow)) return;
            GC.Collect();
            TrySet(_narrow);
        }
    }

    private static bool TrySet(long bytes)
    {
        try
        {
            Set(bytes);
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static void Set(long bytes)
    {
        AppContext.SetData("GCHeapHardLimit", (ulong)bytes);
        GC.RefreshMemoryLimit();
    }

    private sealed class Scope(MemoryLimit limit) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0) limit.Narrow();
        }
    }
}
