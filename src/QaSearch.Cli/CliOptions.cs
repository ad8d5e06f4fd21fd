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

    public static Option<double> MinConfidence() => new("--min-confidence")
    {
        Description = "Answer null below this confidence (0 to 1)",
        DefaultValueFactory = _ => new ExtractorOptions().MinConfidence,
    };

    public static Option<string?> Weights() => new("--weights")
    {
        Description = "A scorer weights file written by 'qasearch train' (default: the shipped weights)",
    };

    /// <summary>The extractor options of a verb: its threshold, and its weights file if one was given.</summary>
    public static ExtractorOptions Extractor(ParseResult result, Option<double> minConfidence, Option<string?> weights) =>
        new()
        {
            MinConfidence = result.GetValue(minConfidence),
            Weights = result.GetValue(weights) is { } path ? ScoringWeights.Load(path) : ScoringWeights.Default,
        };

    /// <summary>The engine options of a verb that answers: its retrieval settings, extractor and passages read.</summary>
    public static QaEngineOptions Engine(ParseResult result, RetrievalOptions retrieval, Option<double> minConfidence, Option<string?> weights, Option<int> passages) =>
        new()
        {
            Retrieval = retrieval.Read(result),
            Extractor = Extractor(result, minConfidence, weights),
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
