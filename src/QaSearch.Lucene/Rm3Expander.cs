using Lucene.Net.Index;
using Lucene.Net.Search;
using QaSearch.Core.Retrieval;

namespace QaSearch.Lucene;

/// <summary>
/// RM3 query expansion (Lavrenko and Croft's relevance model interpolated with the query), following Anserini's
/// estimation so that figures compare: each feedback document's term counts are pruned to its own top terms and
/// L1-normalised, then summed weighted by the document's retrieval score; terms in more than 10% of the passages
/// (collection stop words) and terms that are not 2 to 20 letters or digits are never feedback terms. Thread-safe.
/// </summary>
public sealed class Rm3Expander(QueryBuilder queries, FeedbackOptions options)
{
    /// <summary>Terms found in more than this share of passages carry no topic (Anserini's heuristic for newswire and web).</summary>
    private const double MaxDocumentFrequency = 0.1;

    /// <summary>The expanded term weights for the original <paramref name="weights"/>, using <paramref name="searcher"/> for the feedback search.</summary>
    public Dictionary<string, double> Expand(IndexSearcher searcher, Dictionary<string, double> weights)
    {
        var original = queries.ToQuery(weights);
        if (original is null) return weights;
        var hits = searcher.Search(original, options.Documents).ScoreDocs;
        if (hits.Length == 0) return weights;

        // 1. A pruned, normalised term vector per feedback document, weighted by its score.
        var reader = searcher.IndexReader;
        var model = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var hit in hits)
        {
            var document = searcher.Doc(hit.Doc);
            var counts = queries.Terms(document.Get(PassageFields.Title) + "\n" + document.Get(PassageFields.Text))
                .Where(IsFeedbackTerm)
                .GroupBy(t => t, StringComparer.Ordinal)
                .Where(g => (double)reader.DocFreq(new Term(PassageFields.Contents, g.Key)) / reader.NumDocs <= MaxDocumentFrequency)
                .Select(g => (Term: g.Key, Count: (double)g.Count()))
                .OrderByDescending(t => t.Count).ThenBy(t => t.Term, StringComparer.Ordinal)
                .Take(options.Terms)
                .ToList();
            var norm = counts.Sum(c => c.Count);
            if (norm <= 0) continue;
            foreach (var (term, count) in counts)
                model[term] = model.GetValueOrDefault(term) + count / norm * hit.Score;
        }

        // 2. Keep the model's top terms, normalised; 3. interpolate with the original query.
        var top = model.OrderByDescending(m => m.Value).ThenBy(m => m.Key, StringComparer.Ordinal).Take(options.Terms).ToList();
        var topSum = top.Sum(t => t.Value);
        var expanded = weights.ToDictionary(w => w.Key, w => options.OriginalWeight * w.Value, StringComparer.Ordinal);
        foreach (var (term, weight) in top)
            expanded[term] = expanded.GetValueOrDefault(term) + (1 - options.OriginalWeight) * weight / topSum;
        return expanded;
    }

    private static bool IsFeedbackTerm(string term) =>
        term.Length is >= 2 and <= 20 && term.All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9');
}
