using System.CommandLine;
using QaSearch.Core.Evaluation;

namespace QaSearch.Cli.Commands;

/// <summary><c>qasearch eval-retrieval --run RUN --qrels QRELS</c>: MAP, P@30, nDCG@10, recall@100 and @1000, as trec_eval computes them.</summary>
internal static class EvalRetrievalCommand
{
    public static Command Create()
    {
        var run = new Option<string>("--run") { Description = "A TREC run file", Required = true };
        var qrels = new Option<string>("--qrels") { Description = "TREC qrels (qid 0 docid rel) or BEIR qrels TSV", Required = true };
        var expectMap = new Option<double?>("--expect-map") { Description = "Exit 3 when MAP is more than 0.01 below this (a regression check)" };
        var command = new Command("eval-retrieval", "Score a TREC run against relevance judgments: MAP, P@30, nDCG@10, R@100, R@1000 (trec_eval's conventions).\n\nExample:\n  ./qasearch eval-retrieval --run bm25.trec --qrels qrels.cacm.txt")
        {
            run, qrels, expectMap,
        };
        command.SetAction(result => CommandGuard.Run(() =>
        {
            var judgments = Qrels.Read(result.GetValue(qrels)!);
            var entries = MatchIds(TrecRun.Read(result.GetValue(run)!), judgments);
            var s = RetrievalMetrics.Score(entries, judgments);
            Console.WriteLine($"queries {s.Queries}  MAP {s.Map:0.0000}  P@30 {s.PrecisionAt30:0.0000}  nDCG@10 {s.NdcgAt10:0.0000}  R@100 {s.RecallAt100:0.0000}  R@1000 {s.RecallAt1000:0.0000}");
            if (result.GetValue(expectMap) is { } expected && s.Map < expected - 0.01)
            {
                Console.Error.WriteLine($"qasearch: MAP {s.Map:0.0000} is below the pinned {expected:0.0000} by more than 0.01");
                return 3;
            }
            return CommandGuard.Ok;
        }));
        return command;
    }

    /// <summary>Runs over files name documents by relative path ("CACM-0001.html"); qrels often by stem ("CACM-0001"). Map one to the other when only the stem is judged.</summary>
    private static Dictionary<string, List<RunEntry>> MatchIds(Dictionary<string, List<RunEntry>> run, Dictionary<string, Dictionary<string, int>> qrels)
    {
        var judged = qrels.Values.SelectMany(q => q.Keys).ToHashSet(StringComparer.Ordinal);
        string Match(string id) => judged.Contains(id) ? id : Path.GetFileNameWithoutExtension(id) is var stem && judged.Contains(stem) ? stem : id;
        return run.ToDictionary(r => r.Key, r => r.Value.Select(e => e with { DocId = Match(e.DocId) }).ToList(), StringComparer.Ordinal);
    }
}
