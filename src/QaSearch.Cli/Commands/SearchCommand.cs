using System.CommandLine;
using System.Text.Json;
using QaSearch.Core.Evaluation;
using QaSearch.Core.Retrieval;
using QaSearch.Lucene;

namespace QaSearch.Cli.Commands;

/// <summary>
/// <c>qasearch search QUERY [--top K] [--json]</c>: the top passages by BM25; or
/// <c>qasearch search --queries FILE --run OUT.trec</c>: a TREC run of documents (each scored as a whole, or by its best passage with --doc-scoring maxp).
/// </summary>
internal static class SearchCommand
{
    public static Command Create()
    {
        var query = new Argument<string?>("query") { Description = "Any text; no query syntax is interpreted", Arity = ArgumentArity.ZeroOrOne };
        var index = CliOptions.Index();
        var top = new Option<int?>("--top", "-k") { Description = "How many passages (default 10), or documents per query with --run (default 1000)" };
        var json = CliOptions.Json();
        var queries = new Option<string?>("--queries") { Description = "Batch: BEIR queries.jsonl ({\"_id\", \"text\"}), TSV (id<TAB>text) or a TREC topic file (<top> or <DOC><DOCNO>)" };
        var run = new Option<string?>("--run") { Description = "Batch: write a TREC run (qid Q0 docid rank score QaSearch) here" };
        var retrieval = new RetrievalOptions();
        var command = new Command("search", "Show the passages BM25 ranks highest for a query, or write a TREC run for a file of queries.\n\nExamples:\n  ./qasearch search \"harbor festival founded\" --top 3\n  ./qasearch search --queries queries.jsonl --run bm25.trec --top 1000")
        {
            query, index, top, json, queries, run,
        };
        retrieval.AddTo(command);
        command.SetAction(result => CommandGuard.Run(() =>
        {
            var (text, queriesPath, runPath) = (result.GetValue(query), result.GetValue(queries), result.GetValue(run));
            if ((text is null) == (queriesPath is null) || (queriesPath is null) != (runPath is null))
                throw new ArgumentException("give either a QUERY, or --queries FILE with --run OUT.trec");
            using var retriever = new LuceneRetriever(result.GetValue(index)!, retrieval.Read(result));
            if (queriesPath is not null)
                return WriteRun(retriever, queriesPath, runPath!, result.GetValue(top) ?? 1000);
            var hits = retriever.Retrieve(text!, result.GetValue(top) ?? 10);
            foreach (var hit in hits)
                PrintHit(hit, result.GetValue(json));
            if (hits.Count == 0 && !result.GetValue(json)) Console.WriteLine("No passage matches.");
            return CommandGuard.Ok;
        }));
        return command;
    }

    private static void PrintHit(RetrievedPassage hit, bool json)
    {
        var p = hit.Passage;
        if (json)
        {
            Console.WriteLine(JsonSerializer.Serialize(new
            {
                rank = hit.Rank + 1, score = Math.Round(hit.Score, 4), id = p.Id, docid = p.DocId,
                path = CliOptions.Display(p.Path), start = p.Start, end = p.End, title = p.Title, text = p.Text,
            }, CliJson.Options));
            return;
        }
        Console.WriteLine($"{hit.Rank + 1,3}. {hit.Score,7:0.000}  {CliOptions.Display(p.Path)} [{p.Start}-{p.End}]{(p.Title.Length > 0 ? "  " + p.Title : "")}");
        var text = p.Text.ReplaceLineEndings(" ");
        Console.WriteLine($"     {(text.Length > 300 ? text[..300] + "…" : text)}");
    }

    private static int WriteRun(LuceneRetriever retriever, string queriesPath, string runPath, int top)
    {
        if (!retriever.HasWholeDocuments)
            Console.Error.WriteLine("note: this index was built before documents were indexed whole, so documents are ranked by their best passage; rebuild it with ./qasearch index PATH --fresh for whole-document scoring");
        var queries = QueryFile.Read(queriesPath);
        // Queries run in parallel; the run is written in the file's order.
        var rankings = queries.AsParallel().AsOrdered().WithDegreeOfParallelism(Environment.ProcessorCount)
            .Select(q => (q.Id, Documents: retriever.RankDocuments(q.Text, top))).ToList();
        using (var writer = new StreamWriter(runPath))
            TrecRun.Write(writer, rankings.SelectMany(r => r.Documents.Select(d => new RunEntry(r.Id, d.DocId, d.Rank, d.Score))));
        Console.WriteLine($"Wrote {rankings.Sum(r => r.Documents.Count)} lines for {queries.Count} queries to {runPath}.");
        return CommandGuard.Ok;
    }
}
