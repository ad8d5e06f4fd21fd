using QaSearch.Core.Corpus;
using QaSearch.Core.Retrieval;

namespace QaSearch.Cli;

/// <summary>
/// Runs a verb and turns the failures a user can act on into a message and an exit code:
/// 1 for bad arguments or input files, 2 when the index is missing or unreadable, 4 when the run ran out of memory
/// under its heap limit outside any one file's reading (the index then holds what its last commit held).
/// </summary>
internal static class CommandGuard
{
    public const int Ok = 0;
    public const int UsageError = 1;
    public const int IndexError = 2;
    public const int OutOfMemory = 4;

    public static int Run(Func<int> action)
    {
        try
        {
            return action();
        }
        catch (IndexUnavailableException e)
        {
            Console.Error.WriteLine($"qasearch: {e.Message}");
            return IndexError;
        }
        catch (Exception e) when (e is InvalidDataException or CorpusFormatException or FileNotFoundException or DirectoryNotFoundException or ArgumentException)
        {
            Console.Error.WriteLine($"qasearch: {e.Message}");
            return UsageError;
        }
        catch (Exception e) when (RanOutOfMemory(e))
        {
            // A file that needs too much is skipped; this is the rest of the run (Lucene's own buffers) running out.
            Console.Error.WriteLine($"qasearch: ran out of memory under the heap limit ({GC.GetGCMemoryInfo().TotalAvailableMemoryBytes >> 20} MB). " +
                                    "The index holds what its last commit held; run the same command again with a larger --max-memory-mb to complete it.");
            return OutOfMemory;
        }
    }

    /// <summary>An out-of-memory error, or the index writer refusing to commit after one, possibly wrapped by a parallel loop.</summary>
    private static bool RanOutOfMemory(Exception e) => e switch
    {
        OutOfMemoryException => true,
        AggregateException aggregate => aggregate.InnerExceptions.Any(RanOutOfMemory),
        InvalidOperationException when e.Message.Contains("OutOfMemory", StringComparison.OrdinalIgnoreCase) => true,
        _ => false,
    };
}
