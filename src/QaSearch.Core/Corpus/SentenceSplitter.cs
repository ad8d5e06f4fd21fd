namespace QaSearch.Core.Corpus;

/// <summary>
/// Finds sentence spans in text without a model: a sentence ends at '.', '!' or '?' followed by space and a capital,
/// digit or quote (not after a known abbreviation or an initial), at an empty line, and at a line break after a
/// short line or a line that ends in punctuation, so that <c>Key: value</c> lines stand alone while hard-wrapped
/// prose is kept together. Spans are trimmed of white space. Thread-safe.
/// </summary>
internal static class SentenceSplitter
{
    /// <summary>Lines shorter than this end their sentence at the line break (headings, fields, list items).</summary>
    public const int ShortLine = 70;

    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "dr", "mr", "mrs", "ms", "prof", "sr", "jr", "st", "vs", "etc", "e.g", "i.e", "al", "fig", "no", "vol", "pp",
        "inc", "ltd", "co", "corp", "dept", "univ", "approx", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
        "sept", "oct", "nov", "dec", "mt", "ft", "gen", "gov", "sen", "rep", "u.s", "ph.d", "ave", "blvd",
    };

    /// <summary>Sentence spans over <paramref name="text"/>, in order.</summary>
    public static List<TextSpan> Split(string text) => Split(text, new TextSpan(0, text.Length));

    /// <summary>Sentence spans over the part <paramref name="range"/> of <paramref name="text"/>, in order.</summary>
    public static List<TextSpan> Split(string text, TextSpan range)
    {
        var sentences = new List<TextSpan>();
        foreach (var sentence in Sentences(text, range)) sentences.Add(sentence);
        return sentences;
    }

    /// <summary>The sentences of <see cref="Split(string, TextSpan)"/>, found as they are taken.</summary>
    public static IEnumerable<TextSpan> Sentences(string text, TextSpan range)
    {
        var start = range.Start;
        var lineStart = range.Start;
        for (var i = range.Start; i < range.End; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                if (EndsSentenceAtLineBreak(text, lineStart, i, range.End))
                {
                    if (Trimmed(text, start, i) is { } sentence) yield return sentence;
                    start = i + 1;
                }
                lineStart = i + 1;
            }
            else if ((c is '.' or '!' or '?') && EndsSentenceAtPunctuation(text, i, range.End))
            {
                var end = i + 1;
                while (end < range.End && text[end] is '"' or '\'' or ')' or '”' or '’') end++;
                if (Trimmed(text, start, end) is { } sentence) yield return sentence;
                start = end;
                i = end - 1;
            }
        }
        if (Trimmed(text, start, range.End) is { } last) yield return last;
    }

    /// <summary>The span from <paramref name="from"/> to <paramref name="to"/> without its outer white space; null when nothing is left.</summary>
    internal static TextSpan? Trimmed(string text, int from, int to)
    {
        while (from < to && char.IsWhiteSpace(text[from])) from++;
        while (to > from && char.IsWhiteSpace(text[to - 1])) to--;
        return to > from ? new TextSpan(from, to) : null;
    }

    private static bool EndsSentenceAtLineBreak(string text, int lineStart, int newline, int end)
    {
        var next = newline + 1;
        if (next >= end || text[next] is '\n' or '\r') return true;
        var lastChar = newline - 1;
        while (lastChar >= lineStart && char.IsWhiteSpace(text[lastChar])) lastChar--;
        if (lastChar < lineStart) return true;
        if (newline - lineStart < ShortLine) return true;
        // A hard-wrapped line of prose ends mid-sentence, in a letter, a comma or a hyphen.
        return !(char.IsLetterOrDigit(text[lastChar]) || text[lastChar] is ',' or '-' or ';' or '(');
    }

    private static bool EndsSentenceAtPunctuation(string text, int at, int end)
    {
        var next = at + 1;
        while (next < end && text[next] is '"' or '\'' or ')' or '”' or '’') next++;
        if (next >= end) return true;
        if (!char.IsWhiteSpace(text[next])) return false;
        while (next < end && text[next] is ' ' or '\t') next++;
        if (next >= end || text[next] == '\n') return true;
        var following = text[next];
        if (!(char.IsUpper(following) || char.IsDigit(following) || following is '"' or '“' or '\'' or '(' or '[')) return false;
        if (text[at] != '.') return true;
        var wordStart = at;
        while (wordStart > 0 && !char.IsWhiteSpace(text[wordStart - 1]) && text[wordStart - 1] is not '(' and not '"') wordStart--;
        var word = text[wordStart..at];
        if (word.Length == 1 && char.IsUpper(word[0])) return false; // an initial: "J. Smith"
        return !Abbreviations.Contains(word);
    }
}
