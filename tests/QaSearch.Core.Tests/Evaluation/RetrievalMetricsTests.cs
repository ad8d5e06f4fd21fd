using QaSearch.Core.Evaluation;
using QaSearch.Testing;

namespace QaSearch.Core.Tests.Evaluation;

public sealed class RetrievalMetricsTests
{
    private static Dictionary<string, List<RunEntry>> Run(params (string Q, string Doc, double Score)[] entries) =>
        entries.GroupBy(e => e.Q).ToDictionary(g => g.Key, g => g.Select((e, i) => new RunEntry(e.Q, e.Doc, i + 1, e.Score)).ToList());

    [Fact]
    public void Map_precision_recall_and_ndcg_match_hand_computed_values()
    {
        // Query 1 judges a (grade 2) and c (grade 1) relevant, b not; d is unjudged. Ranked: a, b, c, d.
        // AP = (1/1 + 2/3) / 2 = 0.8333. P@30 = 2/30. DCG@10 = 2/log2(2) + 1/log2(4) = 2.5;
        // ideal = 2/log2(2) + 1/log2(3) = 2.6309; nDCG = 0.9502.
        // Query 2 judges x relevant, ranked second after y: AP = 1/2.
        var run = Run(("1", "a", 4), ("1", "b", 3), ("1", "c", 2), ("1", "d", 1), ("2", "y", 2), ("2", "x", 1));
        var qrels = new Dictionary<string, Dictionary<string, int>>
        {
            ["1"] = new() { ["a"] = 2, ["b"] = 0, ["c"] = 1 },
            ["2"] = new() { ["x"] = 1 },
            ["3"] = new() { ["z"] = 0 },
        };

        var scores = RetrievalMetrics.Score(run, qrels);

        Assert.Equal(2, scores.Queries);
        Assert.Equal((0.8333 + 0.5) / 2, scores.Map, 3);
        Assert.Equal((2 / 30.0 + 1 / 30.0) / 2, scores.PrecisionAt30, 6);
        Assert.Equal((0.9502 + 1 / Math.Log2(3)) / 2, scores.NdcgAt10, 3);
        Assert.Equal(1.0, scores.RecallAt1000);
    }

    [Fact]
    public void Score_ties_are_broken_by_docid_descending_as_trec_eval_does()
    {
        var run = Run(("1", "a", 1), ("1", "b", 1));
        var qrels = new Dictionary<string, Dictionary<string, int>> { ["1"] = new() { ["a"] = 1 } };

        Assert.Equal(0.5, RetrievalMetrics.Score(run, qrels).Map, 6);
    }

    [Fact]
    public void Reads_trec_and_beir_qrels_and_round_trips_runs()
    {
        using var folder = new TempFolder();
        var trec = folder.Write("q.txt", "1 0 CACM-1410 1\n1 0 CACM-0001 0\n");
        var beir = folder.Write("q.tsv", "query-id\tcorpus-id\tscore\n1\tCACM-1410\t1\n");
        var runPath = Path.Combine(folder.Path, "r.trec");
        using (var writer = new StreamWriter(runPath))
            TrecRun.Write(writer, [new RunEntry("1", "CACM-1410", 1, 2.5)]);

        Assert.Equal(Qrels.Read(trec)["1"]["CACM-1410"], Qrels.Read(beir)["1"]["CACM-1410"]);
        Assert.Equal(0, Qrels.Read(trec)["1"]["CACM-0001"]);
        Assert.Equal("1 Q0 CACM-1410 1 2.500000 QaSearch", File.ReadAllText(runPath).Trim());
        Assert.Equal(new RunEntry("1", "CACM-1410", 1, 2.5), Assert.Single(TrecRun.Read(runPath)["1"]));
    }
}
