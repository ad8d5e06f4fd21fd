using System.Text;

namespace QaSearch.Core.Evaluation;

/// <summary>
/// SQuAD's answer scoring: normalise (lower-case; delete ASCII punctuation; drop the articles a, an, the; collapse
/// white space), then exact match and token F1, best over the <c>;</c>-separated alternates of a reference. A set whose
/// references are single strings (a list written "A; B") is scored with <c>alternates: false</c>.
/// </summary>
public static class AnswerScorer
{
    /// <summary>
    /// SQuAD normalisation, as its official script does it: ASCII punctuation is deleted, not turned into a space
    /// ("7,062" is "7062", "U.S." is "us"), and other characters (a curly quote, an en dash) are kept.
    /// </summary>
    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant())
            if (!(c < 128 && (char.IsPunctuation(c) || char.IsSymbol(c)))) builder.Append(c);
        var words = builder.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Where(w => w is not ("a" or "an" or "the"));
        return string.Join(' ', words);
    }

    /// <summary>The reference's alternates (split on ';'), or the reference itself (also when <paramref name="alternates"/> is false).</summary>
    public static IReadOnlyList<string> Alternates(string reference, bool alternates = true)
    {
        if (!alternates) return [reference];
        var parts = reference.Split(';').Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        return parts.Count > 0 ? parts : [reference];
    }

    /// <summary>1 when the normalised prediction equals a normalised alternate; 0 for no prediction.</summary>
    public static double ExactMatch(string? prediction, string reference, bool alternates = true) =>
        prediction is null ? 0 : Alternates(reference, alternates).Any(r => Normalize(r) == Normalize(prediction)) ? 1 : 0;

    /// <summary>Best token F1 over the alternates; 0 for no prediction.</summary>
    public static double F1(string? prediction, string reference, bool alternates = true) =>
        prediction is null ? 0 : Alternates(reference, alternates).Max(r => TokenF1(Normalize(prediction), Normalize(r)));

    private static double TokenF1(string prediction, string reference)
    {
        var predicted = prediction.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var gold = reference.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (predicted.Length == 0 || gold.Length == 0) return predicted.Length == gold.Length ? 1 : 0;
        var counts = gold.GroupBy(w => w).ToDictionary(g => g.Key, g => g.Count());
        var common = 0;
        foreach (var word in predicted)
        {
            if (counts.TryGetValue(word, out var n) && n > 0) { common++; counts[word] = n - 1; }
        }
        if (common == 0) return 0;
        var precision = (double)common / predicted.Length;
        var recall = (double)common / gold.Length;
        return 2 * precision * recall / (precision + recall);
    }

    /// <summary>True when a normalised alternate of the reference occurs in the normalised text (answer-in-passage recall).</summary>
    public static bool Contains(string text, string reference, bool alternates = true)
    {
        var haystack = $" {Normalize(text)} ";
        return Alternates(reference, alternates).Select(Normalize).Any(r => r.Length > 0 && haystack.Contains($" {r} ", StringComparison.Ordinal));
    }
}
