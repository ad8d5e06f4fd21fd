using System.Reflection;
using System.Text.Json;

namespace QaSearch.Core.Extraction;

/// <summary>
/// The weights of the candidate scorer: a logistic model over <see cref="CandidateFeatures.Names"/>.
/// The shipped weights are the embedded <c>weights.json</c>, which <c>qasearch train</c> reproduces. Immutable.
/// </summary>
public sealed record ScoringWeights(double Bias, IReadOnlyDictionary<string, double> Weights)
{
    private static readonly Lazy<ScoringWeights> Shipped = new(() =>
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("QaSearch.Core.Extraction.weights.json")
            ?? throw new InvalidOperationException("the embedded weights.json is missing from QaSearch.Core");
        return Parse(JsonDocument.Parse(stream));
    });

    /// <summary>The weights that ship with QaSearch.</summary>
    public static ScoringWeights Default => Shipped.Value;

    /// <summary>Reads a weights file written by <see cref="ToJson"/>.</summary>
    /// <exception cref="InvalidDataException">The file is not a weights file.</exception>
    public static ScoringWeights Load(string path)
    {
        try
        {
            return Parse(JsonDocument.Parse(File.ReadAllText(path)));
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new InvalidDataException($"{path}: not a weights file ({e.Message})", e);
        }
    }

    private static ScoringWeights Parse(JsonDocument json)
    {
        var root = json.RootElement;
        var weights = root.GetProperty("weights").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetDouble());
        return new ScoringWeights(root.GetProperty("bias").GetDouble(), weights);
    }

    /// <summary>The weights as indented JSON, features in their fixed order.</summary>
    public string ToJson()
    {
        var ordered = CandidateFeatures.Names.ToDictionary(n => n, n => Math.Round(Weights.GetValueOrDefault(n), 4));
        return JsonSerializer.Serialize(new { bias = Math.Round(Bias, 4), weights = ordered }, new JsonSerializerOptions { WriteIndented = true });
    }

    /// <summary>The linear score w·x + b of a feature vector in <see cref="CandidateFeatures.Names"/> order.</summary>
    internal double Score(double[] features)
    {
        var score = Bias;
        for (var i = 0; i < features.Length; i++)
            score += Weights.GetValueOrDefault(CandidateFeatures.Names[i]) * features[i];
        return score;
    }
}
