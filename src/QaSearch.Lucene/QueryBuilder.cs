using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace QaSearch.Lucene;

/// <summary>
/// Turns any question into a bag-of-words BM25 query by running it through the index's analyzer. No query syntax
/// is parsed, so '?', quotes, colons, AND and brackets are just text. Thread-safe (analyzers reuse per thread).
/// </summary>
public sealed class QueryBuilder(Analyzer analyzer, string field = PassageFields.Contents)
{
    /// <summary>Lucene's limit on the clauses of one boolean query.</summary>
    private static int MaxClauses => BooleanQuery.MaxClauseCount;

    /// <summary>The analysed terms of <paramref name="text"/>, in order, repeats kept.</summary>
    public List<string> Terms(string text)
    {
        var terms = new List<string>();
        using var stream = analyzer.GetTokenStream(field, new StringReader(text));
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
            terms.Add(term.ToString());
        stream.End();
        return terms;
    }

    /// <summary>A disjunction of the text's terms, each boosted by how often it occurs; null when no term is left (a question of stop words only).</summary>
    public Query? Build(string text)
    {
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var term in Terms(text))
            counts[term] = counts.GetValueOrDefault(term) + 1;
        if (counts.Count == 0) return null;
        var query = new BooleanQuery();
        foreach (var (term, count) in counts.Take(MaxClauses))
            query.Add(new TermQuery(new Term(field, term)) { Boost = count }, Occur.SHOULD);
        return query;
    }
}
