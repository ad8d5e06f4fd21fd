using Lucene.Net.Index;
using Lucene.Net.Search;
using QaSearch.Core;
using QaSearch.Core.Retrieval;

namespace QaSearch.Lucene;

/// <summary>
/// Pseudo-relevance feedback, RM3 or Rocchio, over the top documents by their best passage, each read whole (all
/// its passages) so that feedback does not depend on where documents were split.
/// RM3 (Lavrenko and Croft's relevance model interpolated with the query) follows Anserini's estimation so that
/// figures compare: each document's term counts are pruned to its own top terms and L1-normalised, then summed
/// weighted by the document's retrieval score. Rocchio weighs every document alike and each term by tf/|D| × idf:
/// the centroid of the documents' tf-idf vectors. For both, terms in more than 10% of the searched units (passages,
/// or whole documents in a document ranking: collection stop words) and terms that are not 2 to 20 letters or digits
/// are never feedback terms. Thread-safe.
/// </summary>
internal sealed class FeedbackExpander(QueryBuilder queries, FeedbackOptions options)
{
    /// <summary>Terms found in more than this share of the searched units carry no topic (Anserini's heuristic for newswire and web).</summary>
    private const double MaxDocumentFrequency = 0.1;

    /// <summary>The expanded term weights for the original <paramref name="weights"/>, using <paramref name="searcher"/> for the feedback search.</summary>
    public Dictionary<string, double> Expand(IndexSearcher searcher, Dictionary<string, double> weights)
    {
        var original = queries.ToQuery(weights);
        if (original is null) return weights;
        var feedback = FeedbackDocuments(searcher, original);
        if (feedback.Count == 0) return weights;

        // 1. A pruned, normalised term vector per feedback document, weighted by its score (RM3) or by idf (Rocchio).
        var reader = searcher.IndexReader;
        var documents = reader.GetDocCount(queries.Field);
        var model = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (text, score) in feedback)
        {
            // The words as written, one per position: an acronym's joined form repeats words already counted.
            var counts = queries.Analyze(text).Sequence
                .Where(IsFeedbackTerm)
                .GroupBy(t => t, StringComparer.Ordinal)
                .Select(g => (Term: g.Key, Count: (double)g.Count(), Df: reader.DocFreq(new Term(queries.Field, g.Key))))
                .Where(t => (double)t.Df / documents <= MaxDocumentFrequency)
                .OrderByDescending(t => t.Count).ThenBy(t => t.Term, StringComparer.Ordinal)
                .Take(options.Terms)
                .ToList();
            var norm = counts.Sum(c => c.Count);
            if (norm <= 0) continue;
            foreach (var (term, count, df) in counts)
            {
                var weight = options.Model == FeedbackModel.Rocchio
                    ? count / norm * Math.Log((double)documents / Math.Max(1, df)) / feedback.Count
                    : count / norm * score;
                model[term] = model.GetValueOrDefault(term) + weight;
            }
        }

        // 2. Keep the model's top terms, normalised; 3. interpolate with the original query.
        var top = model.OrderByDescending(m => m.Value).ThenBy(m => m.Key, StringComparer.Ordinal).Take(options.Terms).ToList();
        var topSum = top.Sum(t => t.Value);
        var expanded = weights.ToDictionary(w => w.Key, w => options.OriginalWeight * w.Value, StringComparer.Ordinal);
        foreach (var (term, weight) in top)
            expanded[term] = expanded.GetValueOrDefault(term) + (1 - options.OriginalWeight) * weight / topSum;
        return expanded;
    }

    /// <summary>The top documents by best passage, each as its title and all its passages' text, with that best score.</summary>
    private List<(string Text, double Score)> FeedbackDocuments(IndexSearcher searcher, Query original)
    {
        var best = new List<(string DocId, double Score)>();
        foreach (var hit in searcher.Search(original, options.Documents * 10).ScoreDocs)
        {
            var docId = StoredPassages.DocId(searcher.IndexReader, hit.Doc);
            if (best.All(b => b.DocId != docId)) best.Add((docId, hit.Score));
            if (best.Count == options.Documents) break;
        }
        return best.Select(b =>
        {
            var passages = searcher.Search(new TermQuery(new Term(PassageFields.DocId, b.DocId)), 1000).ScoreDocs
                .Select(h => StoredPassages.Read(searcher.IndexReader, h.Doc))
                .OrderBy(p => p.Ordinal)
                .ToList();
            // Rejoined so that the sentence two passages share is counted once.
            return (PassageFields.TitledText(passages[0].Title, Passage.WholeText(passages)), b.Score);
        }).ToList();
    }

    private static bool IsFeedbackTerm(string term) =>
        term.Length is >= 2 and <= 20 && term.All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9');
}
