// QaSearch from a .NET program: index a folder, then ask. Run: dotnet run --project samples/QaSearch.Sample -- demo
using QaSearch;

var corpus = args.Length > 0 ? args[0] : "demo";
var index = Path.Combine(Path.GetTempPath(), "qasearch-sample-index");

var report = await QaEngine.IndexAsync(index, [corpus], new IndexingOptions { Fresh = true });
Console.WriteLine($"Indexed {report.FilesRead} files ({report.Passages} passages).");

using var engine = QaEngine.Open(index);
foreach (var question in new[] { "Who teaches Lighthouse Engineering?", "When was the Harbor Festival founded?" })
{
    var answer = await engine.AskAsync(question);
    Console.WriteLine($"{question} -> {answer.Text ?? "no answer"} (confidence {answer.Score:0.00}, {answer.Source?.DocId})");
}
var stats = await engine.StatsAsync();
Console.WriteLine($"The index holds {stats.Passages} passages from {stats.Files} files.");
return report.FilesRead > 0 ? 0 : 1;
