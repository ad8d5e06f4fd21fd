namespace QaSearch.Core.Corpus;

/// <summary>
/// An abbreviation a text defines: <see cref="Short"/> as written ("MHS"), <see cref="Long"/> in
/// <see cref="Abbreviations.Words"/> form ("master of harbour studies").
/// </summary>
internal readonly record struct Abbreviation(string Short, string Long);

/// <summary>
/// Finds the abbreviations a text defines, "Long Form (SF)" or "SF (Long Form)", by Schwartz and Hearst's rule
/// (PSB 2003): each letter and digit of the short form, read from its end, is found in the long form in order, the
/// first at the start of a word, and the long form has at most min(|SF| + 5, 2·|SF|) words. So that what an index
/// holds teaches retrieval its own abbreviations ("Master of Harbour Studies" is the corpus's "MHS") instead of
/// a list written for one domain. Thread-safe.
/// </summary>
internal static class Abbreviations
{
    /// <summary>The longest short form, in characters.</summary>
    public const int MaxShort = 10;

    /// <summary>The longest bracketed long form ("SF (Long Form)"), in characters.</summary>
    private const int MaxBracketed = 100;

    /// <summary>The abbreviations <paramref name="text"/> defines, in order, repeats kept.</summary>
    public static IEnumerable<Abbreviation> Find(string text)
    {
        for (var open = text.IndexOf('('); open >= 0; open = text.IndexOf('(', open + 1))
        {
            // Looked for within the longest bracketed form only: a text of many '(' and one ')' far on is read once.
            var close = text.IndexOf(')', open + 1, Math.Min(MaxBracketed + 1, text.Length - open - 1));
            if (close < 0) continue;
            var inner = text.AsSpan(open + 1, close - open - 1);
            if (inner.IndexOfAny('(', '\n') >= 0) continue;
            var inside = inner.Trim().ToString();
            if (IsShortForm(inside))
            {
                var before = WordsBefore(text, open, Math.Min(inside.Length + 5, 2 * inside.Length));
                if (LongForm(inside, before) is { } found) yield return new Abbreviation(inside, found);
            }
            else if (LastWordBefore(text, open) is { } word && IsShortForm(word) && inside.Length > word.Length &&
                     Count(inside) <= Math.Min(word.Length + 5, 2 * word.Length) && LongForm(word, inside) is { } found && found == Words(inside))
            {
                yield return new Abbreviation(word, found);
            }
        }
    }

    /// <summary>
    /// Whether <paramref name="text"/> may be a short form: 2–10 characters in at most two words, starting with a
    /// letter or digit, with at least two capitals ("MHS", "StuCo", "LLMs"), so that a bracketed word ("(optional)") is none.
    /// </summary>
    public static bool IsShortForm(string text)
    {
        if (text.Length is < 2 or > MaxShort || !char.IsLetterOrDigit(text[0])) return false;
        var capitals = 0;
        var spaces = 0;
        foreach (var c in text)
        {
            if (char.IsUpper(c)) capitals++;
            else if (c == ' ') spaces++;
            else if (!char.IsLetterOrDigit(c) && c is not '-' and not '&' and not '.') return false;
        }
        return capitals >= 2 && spaces <= 1;
    }

    /// <summary>A text's words, lower-cased, letters and digits only, one space apart: how long forms are compared.</summary>
    public static string Words(string text) => string.Join(' ', WordList(text).Select(w => w.ToLowerInvariant()));

    /// <summary>The runs of letters and digits of <paramref name="text"/>, as written, in order.</summary>
    public static List<string> WordList(string text)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inWord && start < 0) start = i;
            else if (!inWord && start >= 0)
            {
                words.Add(text[start..i]);
                start = -1;
            }
        }
        return words;
    }

    /// <summary>
    /// The long form <paramref name="shortForm"/> stands for at the end of <paramref name="candidate"/>, in
    /// <see cref="Words"/> form; null when its letters are not all found, or the long form is a single word or holds
    /// the short form itself. Its first letter starts a word that is not a short lower-case function word, so that
    /// "Office of International Education (OIE)" gives "office of …", not "of …".
    /// </summary>
    public static string? LongForm(string shortForm, string candidate)
    {
        var s = shortForm.Length - 1;
        var l = candidate.Length - 1;
        while (s >= 0)
        {
            var c = char.ToLowerInvariant(shortForm[s]);
            if (!char.IsLetterOrDigit(c))
            {
                s--;
                continue;
            }
            while (l >= 0 && (char.ToLowerInvariant(candidate[l]) != c || (s == 0 && !StartsContentWord(candidate, l)))) l--;
            if (l < 0) return null;
            l--;
            s--;
        }
        var longForm = Words(candidate[(l + 1)..]);
        var words = longForm.Split(' ');
        if (words.Length < 2 || words.Contains(shortForm.ToLowerInvariant())) return null;
        return longForm;
    }

    /// <summary>Whether a word starts at <paramref name="at"/> and is not a lower-case word of three letters or fewer.</summary>
    private static bool StartsContentWord(string text, int at)
    {
        if (at > 0 && char.IsLetterOrDigit(text[at - 1])) return false;
        var end = at;
        while (end < text.Length && char.IsLetterOrDigit(text[end])) end++;
        return end - at > 3 || !text.AsSpan(at, end - at).ContainsAnyInRange('a', 'z') || char.IsUpper(text[at]);
    }

    /// <summary>
    /// Up to <paramref name="count"/> words before <paramref name="at"/>, back to the start of the sentence or line
    /// (a '.', ';', ':', '!', '?', a bracket or a line break ends the search).
    /// </summary>
    private static string WordsBefore(string text, int at, int count)
    {
        var start = at;
        var words = 0;
        var inWord = false;
        while (start > 0)
        {
            var c = text[start - 1];
            if (c is '\n' or ';' or ':' or '!' or '?' or '(' or ')' || (c == '.' && (start < 2 || char.IsWhiteSpace(text[start]))))
                break;
            var isWord = !char.IsWhiteSpace(c);
            if (isWord && !inWord && ++words > count) break;
            inWord = isWord;
            start--;
        }
        return text[start..at];
    }

    /// <summary>The word right before <paramref name="at"/> (white space between them skipped), or null.</summary>
    private static string? LastWordBefore(string text, int at)
    {
        var end = at;
        while (end > 0 && text[end - 1] == ' ') end--;
        var start = end;
        while (start > 0 && !char.IsWhiteSpace(text[start - 1]) && text[start - 1] is not '(' and not ')') start--;
        return end > start ? text[start..end] : null;
    }

    private static int Count(string text) => WordList(text).Count;
}
