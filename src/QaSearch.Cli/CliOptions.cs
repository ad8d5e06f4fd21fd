using System.CommandLine;
using QaSearch.Core.Retrieval;

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

    public static Option<float> K1() => new("--k1") { Description = "BM25 k1 (term-frequency saturation)", DefaultValueFactory = _ => new Bm25Options().K1 };

    public static Option<float> B() => new("--b") { Description = "BM25 b (length normalisation, 0 to 1)", DefaultValueFactory = _ => new Bm25Options().B };

    public static Option<double> MinConfidence() => new("--min-confidence")
    {
        Description = "Answer null below this confidence (0 to 1)",
        DefaultValueFactory = _ => new QaSearch.Core.Extraction.ExtractorOptions().MinConfidence,
    };

    public static Option<int> Passages() => new("--passages")
    {
        Description = "How many retrieved passages the extractor reads",
        DefaultValueFactory = _ => 10,
    };

    public static Bm25Options Bm25(ParseResult result, Option<float> k1, Option<float> b) =>
        new() { K1 = result.GetValue(k1), B = result.GetValue(b) };

    /// <summary>A path shown relative to the working folder when it is below it.</summary>
    public static string Display(string path)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative;
    }
}
