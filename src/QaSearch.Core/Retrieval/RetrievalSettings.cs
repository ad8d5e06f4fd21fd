using System.Text.Json;

namespace QaSearch.Core.Retrieval;

/// <summary>
/// How passages are retrieved: BM25 parameters and optional RM3 feedback. Read from a settings file
/// (<c>{"k1": 0.9, "b": 0.4, "rm3": {"documents": 10, "terms": 10, "originalWeight": 0.5}}</c>) and command-line options.
/// </summary>
public sealed record RetrievalSettings
{
    public Bm25Options Bm25 { get; init; } = new();

    /// <summary>RM3 options, or null for no feedback.</summary>
    public FeedbackOptions? Feedback { get; init; }

    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public void Validate()
    {
        Bm25.Validate();
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
            FeedbackOptions? feedback = null;
            if (root.TryGetProperty("rm3", out var rm3) && rm3.ValueKind == JsonValueKind.Object)
            {
                feedback = new FeedbackOptions();
                if (rm3.TryGetProperty("documents", out var d)) feedback = feedback with { Documents = d.GetInt32() };
                if (rm3.TryGetProperty("terms", out var t)) feedback = feedback with { Terms = t.GetInt32() };
                if (rm3.TryGetProperty("originalWeight", out var w)) feedback = feedback with { OriginalWeight = w.GetDouble() };
            }
            var settings = new RetrievalSettings { Bm25 = bm25, Feedback = feedback };
            settings.Validate();
            return settings;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException or ArgumentOutOfRangeException)
        {
            throw new InvalidDataException($"{path}: not a valid settings file ({e.Message})", e);
        }
    }
}
