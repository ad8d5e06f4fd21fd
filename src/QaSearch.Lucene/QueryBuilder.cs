using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace QaSearch.Lucene;

/// <summary>
/// Turns any question into a bag-of-words BM25 query by running it through the index's analyzer. No query syntax
/// is parsed, so '?', quotes, colons, AND and brackets are just text. Thread-safe (analyzers reuse per thread).
/// </summary>
internal sealed class QueryBuilder(
    Analyzer analyzer, string field = PassageFields.Contents, double titleWeight = 0, double proximityWeight = 0, int proximityWindow = 8, string titleField = PassageFields.Title)
{
    /// <summary>The field the terms are matched in.</summary>
    public string Field => @field;

    /// <summary>Lucene's limit on the clauses of one boolean query.</summary>
    private static int MaxClauses => BooleanQuery.MaxClauseCount;

    /// <summary>
    /// A text's analysed terms in order, repeats kept (<see cref="Terms"/>); and the same without the terms the
    /// analyzer stacks on a position already taken (an acronym's joined form), one per position (<see cref="Sequence"/>),
    /// for proximity pairs and feedback.
    /// </summary>
    public sealed record AnalyzedText(List<string> Terms, List<string> Sequence)
    {
        /// <summary>
        /// Each term with its weight: how often it occurs, divided by the number of positions (the sequence's length).
        /// A joined acronym stacked on a position adds its own weight and takes none from the other terms, so a question
        /// whose joined form matches nothing ("LA 70803") ranks as it did without it.
        /// </summary>
        public Dictionary<string, double> Weights()
        {
            var weights = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var term in Terms)
                weights[term] = weights.GetValueOrDefault(term) + 1.0 / Sequence.Count;
            return weights;
        }

        /// <summary>The same text with each term in <paramref name="replacements"/> replaced (a misspelt word by its mend).</summary>
        public AnalyzedText With(IReadOnlyDictionary<string, string> replacements) => replacements.Count == 0 ? this : new(
            Terms.Select(t => replacements.GetValueOrDefault(t, t)).ToList(), Sequence.Select(t => replacements.GetValueOrDefault(t, t)).ToList());
    }

    /// <summary>The analysed terms of <paramref name="text"/>, with and without stacked terms.</summary>
    public AnalyzedText Analyze(string text)
    {
        var terms = new List<string>();
        var sequence = new List<string>();
        using var stream = analyzer.GetTokenStream(field, new StringReader(text));
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            var value = term.ToString();
            terms.Add(value);
            if (increment.PositionIncrement > 0) sequence.Add(value);
        }
        stream.End();
        return new AnalyzedText(terms, sequence);
    }

    /// <summary>
    /// A disjunction of the text's terms, each boosted by its weight, plus (with a proximity weight) a sloppy phrase
    /// for each pair of adjacent terms; null when no term is left (a question of stop words only).
    /// The text is analysed once.
    /// </summary>
    public Query? Build(string text)
    {
        var analyzed = Analyze(text);
        return ToQuery(analyzed.Weights(), Pairs(analyzed.Sequence));
    }

    /// <summary>
    /// Adjacent analysed terms of a <see cref="Analyze"/> sequence (stop words between them do not separate them), each
    /// pair once; none without a proximity weight.
    /// </summary>
    public List<(string First, string Second)> Pairs(IReadOnlyList<string> terms) =>
        proximityWeight <= 0 ? [] : terms.Zip(terms.Skip(1)).Where(p => p.First != p.Second).Distinct().ToList();

    /// <summary>
    /// A disjunction of weighted terms (in ordinal order, for deterministic scores), each matched in the passage and,
    /// with a title weight, in the title too; null when there are none.
    /// </summary>
    public Query? ToQuery(IReadOnlyDictionary<string, double> weights, IReadOnlyList<(string First, string Second)>? pairs = null)
    {
        if (weights.Count == 0) return null;
        var query = new BooleanQuery();
        foreach (var (first, second) in (pairs ?? []).Take(MaxClauses / 4))
        {
            var phrase = new PhraseQuery { Slop = proximityWindow, Boost = (float)(proximityWeight / Math.Max(1, pairs!.Count)) };
            phrase.Add(new Term(field, first));
            phrase.Add(new Term(field, second));
            query.Add(phrase, Occur.SHOULD);
        }
        var perTerm = titleWeight > 0 ? 2 : 1;
        foreach (var (term, weight) in weights.OrderBy(w => w.Key, StringComparer.Ordinal).Take(MaxClauses / perTerm))
        {
            query.Add(new TermQuery(new Term(field, term)) { Boost = (float)weight }, Occur.SHOULD);
            if (titleWeight > 0)
                query.Add(new TermQuery(new Term(titleField, term)) { Boost = (float)(weight * titleWeight) }, Occur.SHOULD);
        }
        return query;
    }
}
