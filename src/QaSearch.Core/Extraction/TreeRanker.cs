using System.Text.Json;
using System.Text.Json.Serialization;

namespace QaSearch.Core.Extraction;

/// <summary>
/// A learned non-linear ranker: an ensemble of regression trees over <see cref="CandidateFeatures.Names"/> (trained
/// by <c>qasearch train</c> with ML.NET's FastTree LambdaRank), and a Platt calibration of its score fitted on
/// training questions the trees never saw. Not the shipped scorer: measured beside the logistic weights it lost on
/// every evaluation set (docs/ranking.md); load one with <c>--weights ranker.json</c>. Immutable.
/// </summary>
public sealed class TreeRanker : ICandidateScorer
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower, WriteIndented = false };

    /// <summary>The pseudo-feature that stands for the <see cref="Base"/> model's score: the trees refine it.</summary>
    public const string BaseScore = "base_score";

    public TreeRanker(IReadOnlyList<string> features, double bias, IReadOnlyList<Tree> trees, double scale, double offset, ScoringWeights? @base = null)
    {
        Base = @base;
        Features = features;
        Bias = bias;
        Trees = trees;
        Scale = scale;
        Offset = offset;
        // The trees index features by name, so a ranker keeps working when features are added after it was trained.
        _columns = features.Select(f => f == BaseScore ? BaseColumn : Array.IndexOf(CandidateFeatures.Names, f)).ToArray();
    }

    private const int BaseColumn = -2;

    private readonly int[] _columns;

    /// <summary>The feature names the trees' split indexes refer to, in the order they were trained with.</summary>
    public IReadOnlyList<string> Features { get; }

    /// <summary>A logistic model whose score the trees read as the feature <see cref="BaseScore"/>, if any.</summary>
    public ScoringWeights? Base { get; }

    /// <summary>Constant added to the trees' sum.</summary>
    public double Bias { get; }

    public IReadOnlyList<Tree> Trees { get; }

    /// <summary>Calibration slope: confidence = sigmoid(scale × score + offset).</summary>
    public double Scale { get; }

    /// <summary>Calibration offset.</summary>
    public double Offset { get; }

    /// <summary>Reads a ranker file written by <see cref="ToJson"/>.</summary>
    /// <exception cref="InvalidDataException">The file is not a ranker file.</exception>
    public static TreeRanker Load(string path)
    {
        try
        {
            return FromText(path, File.ReadAllText(path));
        }
        catch (IOException e)
        {
            throw new InvalidDataException($"{path}: not a ranker file ({e.Message})", e);
        }
    }

    /// <summary>A ranker file's text, already read from <paramref name="path"/> (named in errors).</summary>
    /// <exception cref="InvalidDataException">The text is not a ranker file.</exception>
    internal static TreeRanker FromText(string path, string text)
    {
        try
        {
            var ranker = Parse(JsonDocument.Parse(text));
            var unknown = ranker.Features.Where(f => f != BaseScore && !CandidateFeatures.Names.Contains(f)).ToList();
            if (unknown.Count > 0) throw new JsonException($"unknown features: {string.Join(", ", unknown)}");
            return ranker;
        }
        catch (Exception e) when (e is JsonException or NotSupportedException or ArgumentException or KeyNotFoundException or InvalidOperationException)
        {
            throw new InvalidDataException($"{path}: not a ranker file ({e.Message})", e);
        }
    }

    private static TreeRanker Parse(JsonDocument json)
    {
        var root = json.RootElement;
        var features = root.GetProperty("features").EnumerateArray().Select(f => f.GetString()!).ToList();
        var trees = root.GetProperty("trees").EnumerateArray().Select(t => t.Deserialize<Tree>(Json) ?? throw new JsonException("a tree is null")).ToList();
        var @base = root.TryGetProperty("base", out var b) && b.ValueKind == JsonValueKind.Object ? ScoringWeights.Parse(b) : null;
        return new TreeRanker(features, root.GetProperty("bias").GetDouble(), trees, root.GetProperty("scale").GetDouble(), root.GetProperty("offset").GetDouble(), @base);
    }

    /// <summary>The ranker as JSON, one tree per line so that a retrained file diffs readably.</summary>
    public string ToJson()
    {
        var trees = string.Join(",\n    ", Trees.Select(t => JsonSerializer.Serialize(t, Json)));
        return "{\n" +
               $"  \"features\": {JsonSerializer.Serialize(Features, Json)},\n" +
               $"  \"bias\": {JsonSerializer.Serialize(Bias)},\n" +
               $"  \"scale\": {JsonSerializer.Serialize(Math.Round(Scale, 6))},\n" +
               $"  \"offset\": {JsonSerializer.Serialize(Math.Round(Offset, 6))},\n" +
               (Base is null ? "" : $"  \"base\": {Base.ToJson().TrimEnd().Replace("\n", "\n  ", StringComparison.Ordinal)},\n") +
               $"  \"trees\": [\n    {trees}\n  ]\n}}\n";
    }

    /// <inheritdoc />
    public double Score(double[] features)
    {
        var baseScore = Base?.Score(features) ?? 0;
        var score = Bias;
        foreach (var tree in Trees)
            score += tree.Weight * tree.Evaluate(features, _columns, baseScore);
        return score;
    }

    /// <inheritdoc />
    public double Confidence(double score) => 1.0 / (1.0 + Math.Exp(-(Scale * score + Offset)));

    /// <summary>
    /// One regression tree in ML.NET's layout: node i sends a candidate left when its feature
    /// <c>Split[i]</c> is at most <c>Threshold[i]</c>; a negative child c is leaf ~c.
    /// </summary>
    public sealed record Tree(double Weight, int[] Split, float[] Threshold, int[] Left, int[] Right, double[] Leaf)
    {
        internal double Evaluate(double[] features, int[] columns, double baseScore)
        {
            if (Split.Length == 0) return Leaf[0];
            var node = 0;
            while (true)
            {
                var column = columns[Split[node]];
                // Features are compared as the single-precision floats the trees were trained on; a feature this
                // build does not know reads as 0.
                var value = column == BaseColumn ? (float)baseScore : column < 0 ? 0f : (float)features[column];
                node = value <= Threshold[node] ? Left[node] : Right[node];
                if (node < 0) return Leaf[~node];
            }
        }
    }
}
