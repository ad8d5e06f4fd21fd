using System.CommandLine;
using QaSearch;
using QaSearch.Core.Extraction;
using QaSearch.Lucene;

namespace QaSearch.Cli;

/// <summary>Options several verbs share, made fresh for each verb.</summary>
internal static class CliOptions
{
    public const string DefaultIndex = "index";

    public static Option<string> Index() => new("--index", "-i")
    {
        Description = "The index folder",
        DefaultValueFactory = _ => DefaultIndex,
    };

    public static Option<bool> Json() => new("--json") { Description = "Print JSON instead of text" };

    /// <summary>The engine options of a verb that answers: its retrieval settings, extractor and passages read.</summary>
    public static QaEngineOptions Engine(ParseResult result, RetrievalOptions retrieval, ExtractorFlags extractor, Option<int> passages) =>
        new()
        {
            Retrieval = retrieval.Read(result),
            Extractor = extractor.Read(result),
            Passages = result.GetValue(passages),
        };

    public static Option<int> Passages() => new("--passages")
    {
        Description = "How many retrieved passages the extractor reads",
        DefaultValueFactory = _ => 10,
    };

    /// <summary>What a writer says when it starts waiting for another process's writer (with --wait).</summary>
    public static Action<IndexLockHolder?> WaitingFor(string indexPath) =>
        holder => Console.Error.WriteLine($"qasearch: waiting for the process writing {indexPath} ({IndexWriterLock.Describe(holder)})");

    /// <summary>A path shown relative to the working folder when it is below it.</summary>
    public static string Display(string path)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative;
    }
}
