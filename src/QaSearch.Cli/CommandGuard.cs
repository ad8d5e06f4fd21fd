using QaSearch.Core.Corpus;
using QaSearch.Core.Retrieval;

namespace QaSearch.Cli;

/// <summary>
/// Runs a verb and turns the failures a user can act on into a message and an exit code:
/// 1 for bad arguments or input files, 2 when the index is missing or unreadable.
/// </summary>
internal static class CommandGuard
{
    public const int Ok = 0;
    public const int UsageError = 1;
    public const int IndexError = 2;

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
    }
}
