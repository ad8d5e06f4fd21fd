using System.CommandLine;
using System.Text.Json;
using QaSearch.Lucene;

namespace QaSearch.Cli.Commands;

/// <summary><c>qasearch search QUERY [--top K] [--json]</c>: the top passages by BM25.</summary>
internal static class SearchCommand
{
    public static Command Create()
    {
        var query = new Argument<string>("query") { Description = "Any text; no query syntax is interpreted" };
        var index = CliOptions.Index();
        var top = new Option<int>("--top", "-k") { Description = "How many passages", DefaultValueFactory = _ => 10 };
        var json = CliOptions.Json();
        var (k1, b) = (CliOptions.K1(), CliOptions.B());
        var command = new Command("search", "Show the passages BM25 ranks highest for a query.\n\nExample:\n  ./qasearch search \"kiltie band founded\" --top 3")
        {
            query, index, top, json, k1, b,
        };
        command.SetAction(result => CommandGuard.Run(() =>
        {
            using var retriever = new LuceneRetriever(result.GetValue(index)!, CliOptions.Bm25(result, k1, b));
            var hits = retriever.Retrieve(result.GetValue(query)!, result.GetValue(top));
            foreach (var hit in hits)
            {
                var p = hit.Passage;
                if (result.GetValue(json))
                {
                    Console.WriteLine(JsonSerializer.Serialize(new
                    {
                        rank = hit.Rank + 1, score = Math.Round(hit.Score, 4), id = p.Id, docid = p.DocId,
                        path = CliOptions.Display(p.Path), start = p.Start, end = p.End, title = p.Title, text = p.Text,
                    }));
                    continue;
                }
                Console.WriteLine($"{hit.Rank + 1,3}. {hit.Score,7:0.000}  {CliOptions.Display(p.Path)} [{p.Start}-{p.End}]{(p.Title.Length > 0 ? "  " + p.Title : "")}");
                var text = p.Text.ReplaceLineEndings(" ");
                Console.WriteLine($"     {(text.Length > 300 ? text[..300] + "…" : text)}");
            }
            if (hits.Count == 0 && !result.GetValue(json)) Console.WriteLine("No passage matches.");
            return CommandGuard.Ok;
        }));
        return command;
    }
}
