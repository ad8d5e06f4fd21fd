namespace QaSearch.Core.Extraction;

/// <summary>
/// An acronym written in parts ("MS AII", "MS-AII", "CS 101") and the same written whole ("MSAII", "CS101") are one
/// key term: a question that writes it one way matches a passage that writes it the other. The index joins such parts
/// by the same rule (<see cref="IsPart"/>), so retrieval and extraction agree on what matches. Thread-safe.
/// </summary>
internal static class Acronyms
{
    /// <summary>The longest part: longer upper-case words are shouted words, not parts of an acronym.</summary>
    public const int MaxPart = 6;

    /// <summary>
    /// Whether <paramref name="word"/> may be a part of an acronym written in parts: 2–6 letters and digits with no
    /// lower-case letter; the first part needs a letter ("MS", "AII"), a later one may be a number ("101").
    /// </summary>
    public static bool IsPart(ReadOnlySpan<char> word, bool first)
    {
        if (word.Length is < 2 or > MaxPart) return false;
        var letters = false;
        foreach (var c in word)
        {
            if (char.IsLower(c) || !char.IsLetterOrDigit(c)) return false;
            letters |= char.IsLetter(c);
        }
        return letters || !first;
    }

    /// <summary>
    /// Whether <paramref name="between"/>, the one character between two parts, joins them: a space, a hyphen or a
    /// slash ("MS AII", "MS-AII", "MS/AII"). A line break does not: a heading's last word and the next line's first
    /// are no acronym ("8:28 PM" above a table of numbers).
    /// </summary>
    public static bool Joins(char between) => between is ' ' or '\u00A0' or '-' or '\u2010' or '\u2011' or '/';

    /// <summary>Whether a question token may name an acronym, whole or in parts, so that passages are searched for its other forms.</summary>
    public static bool MayBeOne(string word) => word.Length >= 2 && !word.Any(char.IsLower) && word.Any(char.IsLetter);

    /// <summary>
    /// The joined forms of the acronyms <paramref name="tokens"/> (a question's) writes in parts, each with the key
    /// terms it stands for: "MS AII" gives msaii → [ms, aii], "MS-AII" gives msaii → [ms-aii].
    /// </summary>
    public static Dictionary<string, IReadOnlyList<string>> InParts(string text, List<Token> tokens, IReadOnlyCollection<string> keyTerms)
    {
        var joined = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (Hyphenated(tokens[i]) is { } whole && keyTerms.Contains(tokens[i].Norm)) joined.TryAdd(whole, [tokens[i].Norm]);
            if (Pair(text, tokens, i) is { } pair && keyTerms.Contains(tokens[i].Norm) && keyTerms.Contains(tokens[i + 1].Norm))
                joined.TryAdd(pair, [tokens[i].Norm, tokens[i + 1].Norm]);
        }
        return joined;
    }

    /// <summary>
    /// The passage tokens that stand for some of the question's key terms as parts of an acronym written otherwise
    /// than in the question ("AII" of "MS AII" for a question's "MSAII", "MSAII" for a question's "MS AII"), by token
    /// index, with the key terms each stands for; null when none does (or the question names no acronym). Tokens that
    /// are key terms themselves are not listed. Found once per passage and question.
    /// </summary>
    public static Dictionary<int, IReadOnlyList<string>>? Hits(QuestionAnalysis question, string text, List<Token> tokens)
    {
        if (!question.NamesAcronym) return null;
        var keys = question.KeyTerms.ToHashSet(StringComparer.Ordinal);
        Dictionary<int, IReadOnlyList<string>>? hits = null;
        for (var i = 0; i < tokens.Count; i++)
            if (!keys.Contains(tokens[i].Norm) && StandsFor(text, tokens, i, keys, question.AcronymsInParts) is { } terms)
                (hits ??= [])[i] = terms;
        return hits;
    }

    /// <summary>The key terms <paramref name="tokens"/>[<paramref name="i"/>] stands for (see <see cref="Hits"/>); null when none.</summary>
    private static IReadOnlyList<string>? StandsFor(string text, List<Token> tokens, int i, HashSet<string> keys, IReadOnlyDictionary<string, IReadOnlyList<string>> inParts)
    {
        var word = tokens[i].Text;
        if (word.Length < 2 || word.Any(char.IsLower)) return null;
        if (word.Any(char.IsLetter))
        {
            // Whole in the passage, in parts in the question.
            if (inParts.TryGetValue(tokens[i].Norm, out var parts)) return parts;
            if (Hyphenated(tokens[i]) is { } whole && Match(whole) is { } hyphenated) return hyphenated;
            // In parts in the passage: with the word after it.
            if (Pair(text, tokens, i) is { } next && Match(next) is { } withNext) return withNext;
        }
        // Or with the word before it (a number is only ever a later part: "CS 101").
        return i > 0 && Pair(text, tokens, i - 1) is { } previous ? Match(previous) : null;

        IReadOnlyList<string>? Match(string joined) =>
            keys.Contains(joined) ? [joined] : inParts.TryGetValue(joined, out var terms) ? terms : null;
    }

    /// <summary>The joined form of tokens i and i + 1 when they are the parts of one acronym ("MS AII"); else null.</summary>
    private static string? Pair(string text, List<Token> tokens, int i)
    {
        if (i + 1 >= tokens.Count) return null;
        var (first, second) = (tokens[i], tokens[i + 1]);
        return second.Span.Start - first.Span.End == 1 && Joins(text[first.Span.End]) && IsPart(first.Text, first: true) && IsPart(second.Text, first: false)
               && !StopWords.Contains(first.Norm) && !StopWords.Contains(second.Norm)
            ? TextTokenizer.Normalize(first.Text + second.Text)
            : null;
    }

    /// <summary>The joined form of a token of acronym parts joined by hyphens ("MS-AII" → msaii); else null.</summary>
    private static string? Hyphenated(Token token)
    {
        if (!token.Text.Contains('-')) return null;
        var parts = token.Text.Split('-');
        for (var p = 0; p < parts.Length; p++)
            if (!IsPart(parts[p], first: p == 0)) return null;
        return TextTokenizer.Normalize(string.Concat(parts));
    }

    /// <summary>Words an expansion may hold that its acronym leaves out ("Master of Computational Data Science").</summary>
    private static readonly HashSet<string> Connectors = new(StringComparer.OrdinalIgnoreCase) { "of", "and", "for", "the", "in", "on", "at", "&" };

    /// <summary>
    /// <paramref name="span"/> of <paramref name="text"/> widened to the expansion written with it, when the span is
    /// an acronym in brackets after its expansion ("Master of Computational Data Science (MCDS)") or before one in
    /// brackets ("MCDS (Master of Computational Data Science)"): the expansion's words, connectors aside, begin with
    /// the acronym's letters in order. Otherwise the span as it is.
    /// </summary>
    public static TextSpan WithExpansion(string text, TextSpan span)
    {
        var acronym = span.Of(text);
        if (acronym.Length is < 2 or > MaxPart || !acronym.All(char.IsUpper)) return span;
        if (span.Start >= 2 && span.End < text.Length && text[span.Start - 1] == '(' && text[span.End] == ')' &&
            ExpansionStart(text, span.Start - 1, acronym) is { } start)
            return new TextSpan(start, span.End + 1);
        if (span.End + 2 < text.Length && text[span.End] == ' ' && text[span.End + 1] == '(')
        {
            var close = text.IndexOf(')', span.End + 2);
            if (close > 0 && close - span.End < 120 && Spells(text.AsSpan(span.End + 2, close - span.End - 2), acronym))
                return new TextSpan(span.Start, close + 1);
        }
        return span;
    }

    /// <summary>Where the expansion of <paramref name="acronym"/> ending before the bracket at <paramref name="bracket"/> starts; null when the words there do not spell it.</summary>
    private static int? ExpansionStart(string text, int bracket, string acronym)
    {
        var (letter, end) = (acronym.Length - 1, bracket);
        while (end > 0 && text[end - 1] == ' ') end--;
        for (var words = 0; words < 2 * acronym.Length + 2 && end > 0; words++)
        {
            var start = end;
            while (start > 0 && !char.IsWhiteSpace(text[start - 1]) && text[start - 1] is not ('(' or ')' or ',' or ';' or ':' or '.')) start--;
            if (start == end) return null;
            var word = text[start..end];
            if (char.ToLowerInvariant(word[0]) == char.ToLowerInvariant(acronym[letter]))
            {
                if (--letter < 0) return start;
            }
            else if (!Connectors.Contains(word)) return null;
            end = start;
            while (end > 0 && text[end - 1] == ' ') end--;
        }
        return null;
    }

    /// <summary>Whether the words of <paramref name="words"/>, in order, begin with the letters of <paramref name="acronym"/>, connectors aside.</summary>
    private static bool Spells(ReadOnlySpan<char> words, string acronym)
    {
        var letter = 0;
        foreach (var range in words.Split(' '))
        {
            var word = words[range];
            if (word.IsEmpty) continue;
            if (letter < acronym.Length && char.ToLowerInvariant(word[0]) == char.ToLowerInvariant(acronym[letter])) letter++;
            else if (!Connectors.Contains(word.ToString())) return false;
        }
        return letter == acronym.Length;
    }
}
