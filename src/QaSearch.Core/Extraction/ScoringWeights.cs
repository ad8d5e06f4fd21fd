using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace QaSearch.Core.Extraction;

/// <summary>
/// The weights of the candidate scorer: a logistic model over <see cref="CandidateFeatures.Names"/>.
/// Its weights are the embedded <c>weights.json</c>, which <c>qasearch train</c> reproduces beside the shipped
/// <see cref="TreeRanker"/>. Immutable.
/// </summary>
/// <param name="Bias">Calibration offset: confidence = sigmoid(<see cref="Scale"/> × score + <see cref="LeadScale"/> × lead + bias).</param>
/// <param name="Weights">Weight of each named feature in the ranking score.</param>
/// <param name="Scale">Calibration slope of the score.</param>
/// <param name="LeadScale">Calibration slope of the best answer's lead over the next different one (0: the lead is not used).</param>
public sealed record ScoringWeights(double Bias, IReadOnlyDictionary<string, double> Weights, double Scale = 1.0, double LeadScale = 0.0) : ICandidateScorer
{
    /// <summary>The most a lead counts for, in score units; also the lead of an answer with no rival.</summary>
    public const double MaxLead = 3.0;

    /// <summary>The best answer's lead over the next different answer (<paramref name="second"/>; null when there is none), at most <see cref="MaxLead"/>.</summary>
    public static double Lead(double best, double? second) => second is { } s ? Math.Min(best - s, MaxLead) : MaxLead;

    private static readonly Lazy<ScoringWeights> Shipped = new(() => Embedded("weights.json"));
    private static readonly Lazy<ScoringWeights> HandSet = new(() => Embedded("prior-weights.json"));

    /// <summary>The logistic weights <c>qasearch train</c> learns (the shipped scorer is <see cref="CandidateScorers.Default"/>).</summary>
    public static ScoringWeights Default => Shipped.Value;

    /// <summary>The hand-set weights training starts from and is pulled towards; fixed, so training is reproducible.</summary>
    public static ScoringWeights Prior => HandSet.Value;

    private static ScoringWeights Embedded(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"QaSearch.Core.Extraction.{name}")
            ?? throw new InvalidOperationException($"the embedded {name} is missing from QaSearch.Core");
        return Parse(JsonDocument.Parse(stream).RootElement);
    }

    /// <summary>Reads a weights file written by <see cref="ToJson"/>.</summary>
    /// <exception cref="InvalidDataException">The file is not a weights file.</exception>
    public static ScoringWeights Load(string path) => FromText(path, File.ReadAllText(path));

    /// <summary>A weights file's text, already read from <paramref name="path"/> (named in errors).</summary>
    /// <exception cref="InvalidDataException">The text is not a weights file.</exception>
    internal static ScoringWeights FromText(string path, string text)
    {
        try
        {
            return Parse(JsonDocument.Parse(text).RootElement);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new InvalidDataException($"{path}: not a weights file ({e.Message})", e);
        }
    }

    internal static ScoringWeights Parse(JsonElement root)
    {
        var weights = root.GetProperty("weights").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetDouble());
        var scale = root.TryGetProperty("scale", out var s) ? s.GetDouble() : 1.0;
        var lead = root.TryGetProperty("lead", out var l) ? l.GetDouble() : 0.0;
        return new ScoringWeights(root.GetProperty("bias").GetDouble(), weights, scale, lead);
    }

    /// <summary>The weights as indented JSON, features in their fixed order.</summary>
    public string ToJson()
    {
        var ordered = CandidateFeatures.Names.ToDictionary(n => n, n => Math.Round(Weights.GetValueOrDefault(n), 4));
        return JsonSerializer.Serialize(new { bias = Math.Round(Bias, 4), scale = Math.Round(Scale, 4), lead = Math.Round(LeadScale, 4), weights = ordered }, new JsonSerializerOptions { WriteIndented = true }) + "\n";
    }

    /// <summary>The ranking score w·x of a feature vector in <see cref="CandidateFeatures.Names"/> order.</summary>
    public double Score(double[] features)
    {
        var weights = Ordered();
        var score = 0.0;
        for (var i = 0; i < features.Length; i++)
            score += weights[i] * features[i];
        return score;
    }

    /// <summary>
    /// The weights in <see cref="CandidateFeatures.Names"/> order, looked up by name once per dictionary rather than
    /// for every feature of every candidate. Kept beside the dictionary, not in a field, so that <c>with</c> and
    /// equality see only the record's own values.
    /// </summary>
    private double[] Ordered() =>
        OrderedByDictionary.GetValue(Weights, weights => CandidateFeatures.Names.Select(n => weights.GetValueOrDefault(n)).ToArray());

    private static readonly ConditionalWeakTable<IReadOnlyDictionary<string, double>, double[]> OrderedByDictionary = new();

    /// <summary>The calibrated confidence in [0, 1] of a ranking score, for an answer with no rival.</summary>
    public double Confidence(double score) => Confidence(score, MaxLead);

    /// <summary>The calibrated confidence in [0, 1] of the best answer's score and its lead over the next different answer.</summary>
    public double Confidence(double score, double lead) => 1.0 / (1.0 + Math.Exp(-(Scale * score + LeadScale * lead + Bias)));
}
