namespace QaSearch.Core.Evaluation;

/// <summary>Retrieval scores of a run, averaged over the queries that are both judged (with a relevant document) and in the run.</summary>
public sealed record RetrievalScores(int Queries, double Map, double PrecisionAt30, double NdcgAt10, double RecallAt100, double RecallAt1000);

/// <summary>
/// MAP, P@30, nDCG@10 and recall@k with trec_eval's conventions: documents are ordered by score, ties broken by
/// document id in descending order; relevance ≥ 1 is relevant; nDCG uses the grade as gain and log2(rank + 1) as
/// discount; averages are over the queries in the run that have at least one relevant document.
/// </summary>
public static class RetrievalMetrics
{
    public static RetrievalScores Score(Dictionary<string, List<RunEntry>> run, Dictionary<string, Dictionary<string, int>> qrels)
    {
        var perQuery = qrels
            .Where(q => q.Value.Values.Any(r => r > 0) && run.ContainsKey(q.Key))
            .Select(q => ScoreQuery(Ordered(run[q.Key]), q.Value))
            .ToList();
        if (perQuery.Count == 0) return new RetrievalScores(0, 0, 0, 0, 0, 0);
        return new RetrievalScores(perQuery.Count, perQuery.Average(s => s.Map), perQuery.Average(s => s.PrecisionAt30),
            perQuery.Average(s => s.NdcgAt10), perQuery.Average(s => s.RecallAt100), perQuery.Average(s => s.RecallAt1000));
    }

    private static List<string> Ordered(List<RunEntry> entries) =>
        entries.OrderByDescending(e => e.Score).ThenByDescending(e => e.DocId, StringComparer.Ordinal).Select(e => e.DocId).Distinct().ToList();

    private static RetrievalScores ScoreQuery(List<string> ranked, Dictionary<string, int> judged)
    {
        var relevant = judged.Count(j => j.Value > 0);
        double hits = 0, precisionSum = 0;
        for (var i = 0; i < ranked.Count; i++)
        {
            if (judged.GetValueOrDefault(ranked[i]) <= 0) continue;
            hits++;
            precisionSum += hits / (i + 1);
        }
        int RelevantIn(int k) => ranked.Take(k).Count(d => judged.GetValueOrDefault(d) > 0);
        var dcg = ranked.Take(10).Select((d, i) => Math.Max(0, judged.GetValueOrDefault(d)) / Math.Log2(i + 2)).Sum();
        var ideal = judged.Values.Where(r => r > 0).OrderByDescending(r => r).Take(10).Select((r, i) => r / Math.Log2(i + 2)).Sum();
        return new RetrievalScores(1, precisionSum / relevant, RelevantIn(30) / 30.0, ideal == 0 ? 0 : dcg / ideal,
            (double)RelevantIn(100) / relevant, (double)RelevantIn(1000) / relevant);
    }
}
