using System.CommandLine;

namespace QaSearch.Cli;

/// <summary>
/// The heap limit an indexing run works under (<c>--max-memory-mb</c>). A file whose reading would take the process
/// past it fails with an <see cref="OutOfMemoryException"/> on its reading thread, which the reader turns into the
/// file's skip reason, instead of the machine running out of memory (a zip bomb, a parser looping on odd input).
/// </summary>
internal static class MemoryLimit
{
    /// <summary>The memory available to the process before any limit of ours (once set, the GC reports the limit instead).</summary>
    private static readonly long Available = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes;

    public static Option<int> Option() => new("--max-memory-mb")
    {
        Description = "Keep the managed heap under this many MB: a file that would need more to read is skipped with that reason " +
                      "(default 0: 1024, or 32 times --max-file-mb if more, and never over three quarters of the memory available)",
        DefaultValueFactory = _ => 0,
    };

    /// <summary>Sets the limit for the rest of the process.</summary>
    /// <param name="megabytes">The limit asked for; 0 for the default.</param>
    /// <param name="maxFileBytes">The largest file the run reads: the default leaves room for several such files at once.</param>
    /// <exception cref="ArgumentException">The limit is below what the process already holds.</exception>
    public static void Apply(int megabytes, long maxFileBytes = 32L << 20)
    {
        var bytes = megabytes > 0 ? megabytes * (1L << 20) : Math.Min(Math.Max(1L << 30, 32 * maxFileBytes), Available / 4 * 3);
        try
        {
            AppContext.SetData("GCHeapHardLimit", (ulong)bytes);
            GC.RefreshMemoryLimit();
        }
        catch (InvalidOperationException e)
        {
            throw new ArgumentException($"--max-memory-mb {bytes >> 20} is below what the process already holds ({e.Message})", e);
        }
    }
}
