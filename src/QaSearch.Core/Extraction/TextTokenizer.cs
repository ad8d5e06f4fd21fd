namespace QaSearch.Core.Extraction;

/// <summary>
/// Splits text into word tokens with their spans: runs of letters and digits, with inner apostrophes, hyphens,
/// periods, '@' and '&amp;' kept when letters or digits stand on both sides ("O'Hara", "11-711", "3.5", "a@b.edu").
/// Thread-safe.
/// </summary>
internal static class TextTokenizer
{
    /// <summary>The tokens of <paramref name="text"/>.</summary>
    public static List<Token> Tokenize(string text) => Tokenize(text, new TextSpan(0, text.Length));

    /// <summary>The tokens inside <paramref name="range"/> of <paramref name="text"/>.</summary>
    public static List<Token> Tokenize(string text, TextSpan range)
    {
        // About one word in six characters of English prose: sized once instead of grown by doubling.
        var tokens = new List<Token>(range.Length / 6 + 4);
        var i = range.Start;
        while (i < range.End)
        {
            if (!char.IsLetterOrDigit(text[i])) { i++; continue; }
            var start = i;
            while (i < range.End && (char.IsLetterOrDigit(text[i]) || IsInner(text, i, range.End))) i++;
            var word = text[start..i];
            tokens.Add(new Token(word, Normalize(word), new TextSpan(start, i)));
        }
        return tokens;
    }

    private static bool IsInner(string text, int i, int end) =>
        text[i] is '\'' or '’' or '-' or '.' or '@' or '&' or '_' &&
        i > 0 && char.IsLetterOrDigit(text[i - 1]) && i + 1 < end && char.IsLetterOrDigit(text[i + 1]);

    /// <summary>
    /// A list of words to look normalised tokens up in, held as <see cref="Normalize"/> makes them: written as people
    /// write the words ("does", "refers", "species"), it still holds what a token of them is ("doe", "refer", "specy").
    /// </summary>
    public static HashSet<string> NormalizedSet(params string[] words) => words.Select(Normalize).ToHashSet(StringComparer.Ordinal);

    /// <summary>Lower case, possessive dropped, plural folded: "Sap's" → "sap", "courses" → "course", "studies" → "study".</summary>
    public static string Normalize(string word)
    {
        var w = word.ToLowerInvariant().Replace('’', '\'');
        if (w.EndsWith("'s", StringComparison.Ordinal)) w = w[..^2];
        else if (w.EndsWith('\'')) w = w[..^1];
        if (w.Length <= 3 || w.Any(char.IsDigit)) return w;
        if (w.EndsWith("ies", StringComparison.Ordinal) && w.Length > 4) return w[..^3] + "y";
        if (w.EndsWith("sses", StringComparison.Ordinal) || w.EndsWith("shes", StringComparison.Ordinal) ||
            w.EndsWith("ches", StringComparison.Ordinal) || w.EndsWith("xes", StringComparison.Ordinal)) return w[..^2];
        if (w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) && !w.EndsWith("us", StringComparison.Ordinal) &&
            !w.EndsWith("is", StringComparison.Ordinal)) return w[..^1];
        return w;
    }

    /// <summary>
    /// A normalised word without "-ing", "-ed" or a final "e", to tell the same word inflected otherwise: "observed",
    /// "observe" and "observing" are all "observ". Only to compare words, never to show one.
    /// </summary>
    public static string LightStem(string norm) => norm[..LightStemLength(norm)];

    /// <summary>How long <see cref="LightStem"/> of <paramref name="norm"/> is: the stem is always a prefix of the word, so it can be looked up without building it.</summary>
    public static int LightStemLength(string norm)
    {
        if (norm.Length > 5 && norm.EndsWith("ing", StringComparison.Ordinal)) return norm.Length - 3;
        if (norm.Length > 4 && norm.EndsWith("ed", StringComparison.Ordinal)) return norm.Length - 2;
        if (norm.Length > 4 && norm.EndsWith('e')) return norm.Length - 1;
        return norm.Length;
    }
}
