using Lucene.Net.Index;
using Lucene.Net.Search;

namespace QaSearch.Lucene;

/// <summary>
/// Mends a question's misspelt words from the index's own vocabulary: a term that no passage holds ("warhoal",
/// "novemeber", "studens") is replaced by the closest term that passages do hold, one edit away (two for long words),
/// the commonest of the closest. A term the index holds is never touched, so a question without typos is searched as
/// written. The mend must be a slip of the fingers, a letter left out, doubled or swapped with its neighbour: a word
/// the corpus lacks is one letter away from many others ("remit" and "revit", "motto" and "molto", "comma" and
/// "cosma"), and a changed letter reads it as another word far more often than it mends a typo.
/// </summary>
internal static class Misspellings
{
    /// <summary>Shorter terms are left alone: one edit turns a four-letter word into too many others.</summary>
    private const int MinLength = 5;

    /// <summary>Terms of this length or more may be two edits away.</summary>
    private const int TwoEditLength = 8;

    /// <summary>Closest spellings looked at per term.</summary>
    private const int Expansions = 16;

    /// <summary>For each of <paramref name="terms"/> that no document holds in <paramref name="field"/>, the index term that mends it.</summary>
    public static Dictionary<string, string> Corrections(IndexReader reader, string field, IEnumerable<string> terms)
    {
        var corrections = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var term in terms)
        {
            if (term.Length < MinLength || !term.All(char.IsLetter) || corrections.ContainsKey(term)) continue;
            var asked = new Term(field, term);
            if (reader.DocFreq(asked) > 0) continue;
            var edits = term.Length >= TwoEditLength ? 2 : 1;
            var fuzzy = new FuzzyQuery(asked, edits, prefixLength: 1, maxExpansions: Expansions, transpositions: true);
            // The rewrite keeps the closest terms, each boosted by its similarity: the closest first, then the commonest.
            var best = Expanded(fuzzy.Rewrite(reader))
                .Where(t => SlipOf(term, t.Term.Text))
                .OrderByDescending(t => t.Similarity).ThenByDescending(t => reader.DocFreq(t.Term)).ThenBy(t => t.Term.Text, StringComparer.Ordinal)
                .Select(t => t.Term.Text).FirstOrDefault();
            if (best is not null) corrections[term] = best;
        }
        return corrections;
    }

    /// <summary>Whether <paramref name="typed"/> is <paramref name="meant"/> with letters left out or added, or two neighbours swapped, but none changed.</summary>
    internal static bool SlipOf(string typed, string meant)
    {
        if (typed.Length == meant.Length)
        {
            var first = Enumerable.Range(0, typed.Length).FirstOrDefault(i => typed[i] != meant[i], -1);
            return first >= 0 && first + 1 < typed.Length && typed[first] == meant[first + 1] && typed[first + 1] == meant[first] &&
                   typed.AsSpan(first + 2).SequenceEqual(meant.AsSpan(first + 2));
        }
        var (shorter, longer) = typed.Length < meant.Length ? (typed, meant) : (meant, typed);
        var at = 0;
        foreach (var c in longer)
            if (at < shorter.Length && shorter[at] == c) at++;
        return at == shorter.Length;
    }

    private static IEnumerable<(Term Term, float Similarity)> Expanded(Query rewritten) => rewritten switch
    {
        TermQuery single => [(single.Term, single.Boost)],
        BooleanQuery any => any.Clauses.Select(c => c.Query).OfType<TermQuery>().Select(q => (q.Term, q.Boost)),
        _ => [],
    };
}
