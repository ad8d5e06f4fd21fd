using System.Text.Json;

namespace QaSearch.Core.Retrieval;

/// <summary>
/// How passages are retrieved: BM25 parameters and optional RM3 feedback. Read from a settings file
/// (<c>{"k1": 0.9, "b": 0.4, "titleWeight": 0.5, "proximityWeight": 0.1, "proximityWindow": 8, "rm3": {"model": "rm3", "documents": 10, "terms": 10, "originalWeight": 0.5}}</c>) and command-line options.
/// </summary>
public sealed record RetrievalSettings
{
    public Bm25Options Bm25 { get; init; } = new();

    /// <summary>
    /// Weight of matches in the title field relative to the whole passage (title and text): 0 scores the passage alone;
    /// 0.25 (the default) adds a quarter of a title match's BM25 score again. Titles and file names are dense in topic words.
    /// </summary>
    public double TitleWeight { get; init; } = 0.25;

    /// <summary>
    /// Weight of proximity matches: each pair of adjacent query terms found within a window of
    /// <see cref="ProximityWindow"/> positions adds this share of its phrase score (as in the sequential dependence model).
    /// Default 0.2: it raised answer F1 and recall@5 on every LTI set and CACM MAP (docs/retrieval.md).
    /// </summary>
    public double ProximityWeight { get; init; } = 0.2;

    /// <summary>How many positions apart the two terms of a pair may stand (phrase slop).</summary>
    public int ProximityWindow { get; init; } = 8;

    /// <summary>
    /// How document rankings (<c>search --run</c>) score a document: whole (the default) or by its best passage.
    /// Whole documents raised MAP on CACM's BEIR form and on SQuAD retrieval, and lowered it on CACM's raw HTML, whose
    /// citation tables lengthen documents (docs/retrieval.md).
    /// </summary>
    public DocumentScoring DocumentScoring { get; init; } = DocumentScoring.Whole;

    /// <summary>RM3 options, or null for no feedback.</summary>
    public FeedbackOptions? Feedback { get; init; }

    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public void Validate()
    {
        Bm25.Validate();
        ArgumentOutOfRangeException.ThrowIfNegative(TitleWeight);
        ArgumentOutOfRangeException.ThrowIfNegative(ProximityWeight);
        ArgumentOutOfRangeException.ThrowIfNegative(ProximityWindow);
        Feedback?.Validate();
    }

    /// <summary>Reads a settings file; keys it does not name keep their defaults.</summary>
    /// <exception cref="InvalidDataException">The file is not valid JSON or a value has the wrong type; the message names the file.</exception>
    public static RetrievalSettings Load(string path)
    {
        try
        {
            using var json = JsonDocument.Parse(File.ReadAllText(path));
            var root = json.RootElement;
            var bm25 = new Bm25Options();
            if (root.TryGetProperty("k1", out var k1)) bm25 = bm25 with { K1 = k1.GetSingle() };
            if (root.TryGetProperty("b", out var b)) bm25 = bm25 with { B = b.GetSingle() };
            var defaults = new RetrievalSettings();
            var titleWeight = root.TryGetProperty("titleWeight", out var tw) ? tw.GetDouble() : defaults.TitleWeight;
            var proximityWeight = root.TryGetProperty("proximityWeight", out var pw) ? pw.GetDouble() : defaults.ProximityWeight;
            var proximityWindow = root.TryGetProperty("proximityWindow", out var pn) ? pn.GetInt32() : defaults.ProximityWindow;
            var documentScoring = root.TryGetProperty("documentScoring", out var ds) ? Enum.Parse<DocumentScoring>(ds.GetString() ?? "", ignoreCase: true) : defaults.DocumentScoring;
            FeedbackOptions? feedback = null;
            if (root.TryGetProperty("rm3", out var rm3) && rm3.ValueKind == JsonValueKind.Object)
            {
                feedback = new FeedbackOptions();
                if (rm3.TryGetProperty("documents", out var d)) feedback = feedback with { Documents = d.GetInt32() };
                if (rm3.TryGetProperty("terms", out var t)) feedback = feedback with { Terms = t.GetInt32() };
                if (rm3.TryGetProperty("originalWeight", out var w)) feedback = feedback with { OriginalWeight = w.GetDouble() };
                if (rm3.TryGetProperty("model", out var m)) feedback = feedback with { Model = Enum.Parse<FeedbackModel>(m.GetString() ?? "", ignoreCase: true) };
            }
            var settings = new RetrievalSettings
            {
                Bm25 = bm25, TitleWeight = titleWeight, ProximityWeight = proximityWeight, ProximityWindow = proximityWindow,
                DocumentScoring = documentScoring, Feedback = feedback,
            };
            settings.Validate();
            return settings;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException or ArgumentException)
        {
            throw new InvalidDataException($"{path}: not a valid settings file ({e.Message})", e);
        }
    }
}
