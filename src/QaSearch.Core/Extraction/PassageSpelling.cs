namespace QaSearch.Core.Extraction;

/// <summary>
/// A question read with its misspelt words as its passages write them: "recieved" as "received", "Tuscon" as
/// "Tucson", "enviromentally" as "environmentally". A word of the question is taken for a misspelling only when no
/// passage read holds it and a word of theirs is it with a slip of the fingers mended (<see cref="Slip"/>). The index
/// mends misspellings from all its words before searching; this reads the question against the passages found, or
/// given (<c>answer --own-context</c>), with nothing indexed. Thread-safe.
/// </summary>
internal static class PassageSpelling
{
    /// <summary>Shorter words are left alone: one edit turns most of them into another word ("word" and "world").</summary>
    private const int ShortestWord = 5;

    /// <summary>
    /// <paramref name="question"/> with each of its key words that no passage holds written as the passage word it is a
    /// slip of (the most frequent, when several are; none when two are as frequent), or <paramref name="question"/>
    /// itself when it has none.
    /// </summary>
    public static string Correct(string question, QuestionAnalysis analysis, IReadOnlyList<List<Token>> passages)
    {
        // The key terms no passage holds: a few words looked for in one pass over the passages' words.
        var unseen = analysis.KeyTerms.Where(t => t.All(char.IsLetter) && !StopWords.Contains(t)).ToHashSet(StringComparer.Ordinal);
        if (unseen.Count == 0) return question;
        foreach (var token in passages.SelectMany(tokens => tokens))
            if (unseen.Remove(token.Norm) && unseen.Count == 0) return question;
        var typos = TextTokenizer.Tokenize(question)
            .Where(t => t.Text.Length >= ShortestWord && t.Text.All(char.IsLetter) && unseen.Contains(t.Norm))
            .ToList();
        if (typos.Count == 0) return question;
        // Each word the passages write (letters only, in lower case), with how often; compared as written, for the
        // normalised form drops an ending a slip may stand next to ("studens" for "students").
        var written = passages.SelectMany(tokens => tokens)
            .Where(t => t.Text.Length >= ShortestWord - 1 && t.Text.All(char.IsLetter))
            .GroupBy(t => t.Text.ToLowerInvariant(), StringComparer.Ordinal)
            .Where(g => !StopWords.Contains(g.Key))
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var read = new System.Text.StringBuilder(question.Length);
        var at = 0;
        foreach (var typo in typos)
        {
            var typed = typo.Text.ToLowerInvariant();
            var near = written.Where(w => Slip(typed, w.Key)).OrderByDescending(w => w.Value).Take(2).ToList();
            if (near.Count == 0 || (near.Count == 2 && near[0].Value == near[1].Value)) continue;
            // In lower case, but capitalised where the question capitalises the word ("Tuscon": "Tucson").
            var fix = char.IsUpper(typo.Text[0]) ? char.ToUpperInvariant(near[0].Key[0]) + near[0].Key[1..] : near[0].Key;
            read.Append(question, at, typo.Span.Start - at).Append(fix);
            at = typo.Span.End;
        }
        return at == 0 ? question : read.Append(question, at, question.Length - at).ToString();
    }

    /// <summary>
    /// Whether <paramref name="typed"/> is <paramref name="meant"/> with one letter left out or added, or two neighbours
    /// swapped, inside the word: never a changed letter, which reads a word as another far more often than it mends a
    /// typo (as the index's own repair, <c>QaSearch.Lucene.Misspellings</c>, found), and never at either end, where an
    /// edit makes another word as often as it mends one ("ever" and "never", "event" and "even", "change" and "changed").
    /// </summary>
    internal static bool Slip(string typed, string meant)
    {
        if (typed[0] != meant[0] || typed[^1] != meant[^1]) return false;
        if (typed.Length == meant.Length)
        {
            var first = 0;
            while (first < typed.Length && typed[first] == meant[first]) first++;
            return first + 1 < typed.Length && typed[first] == meant[first + 1] && typed[first + 1] == meant[first] &&
                   typed.AsSpan(first + 2).SequenceEqual(meant.AsSpan(first + 2));
        }
        if (Math.Abs(typed.Length - meant.Length) != 1) return false;
        var (shorter, longer) = typed.Length < meant.Length ? (typed, meant) : (meant, typed);
        var i = 0;
        while (i < shorter.Length && shorter[i] == longer[i]) i++;
        return shorter.AsSpan(i).SequenceEqual(longer.AsSpan(i + 1));
    }
}
