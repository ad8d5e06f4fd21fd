using QaSearch.Lucene;
using QaSearch.Testing;

namespace QaSearch.Lucene.Tests;

/// <summary>watch keeps the index in sync with its folder while another process searches it.</summary>
public sealed class WatchTests : IDisposable
{
    private readonly TempFolder _folder = new();

    /// <summary>Opens the index afresh, as another process would, and searches it.</summary>
    private static IReadOnlyList<string> Search(string index, string query)
    {
        using var retriever = new LuceneRetriever(index);
        return retriever.Retrieve(query, 5).Select(h => h.Passage.Text).ToList();
    }

    /// <summary>Polls <paramref name="condition"/> until it holds; fails after a minute (a hang, not a slow sync).</summary>
    private static async Task Eventually(Func<bool> condition, string what)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        while (!condition())
        {
            if (deadline.IsCancellationRequested) Assert.Fail($"never happened: {what}");
            await Task.Delay(100);
        }
    }

    [Fact]
    public async Task Added_changed_and_deleted_files_reach_the_index_while_watch_runs()
    {
        var corpus = Path.Combine(_folder.Path, "corpus");
        var index = Path.Combine(_folder.Path, "index");
        _folder.Write("corpus/kestrel.txt", "The schooner Kestrel was launched in 1894.");
        using var watch = CliProcess.Start("watch", corpus, "--index", index, "--debounce-ms", "100");
        var lines = new List<string>();
        var reading = Task.Run(async () =>
        {
            while (await watch.StandardOutput.ReadLineAsync() is { } line) lock (lines) lines.Add(line);
        });
        await Eventually(() => { lock (lines) return lines.Any(l => l.StartsWith("Watching", StringComparison.Ordinal)); }, "watch started");
        Assert.Single(Search(index, "Kestrel"));

        _folder.Write("corpus/sub/bridge.txt", "The Quill Bridge opened in 1868.");
        await Eventually(() => Search(index, "Quill Bridge").Count == 1, "a new file is searchable");
        File.WriteAllText(Path.Combine(corpus, "kestrel.txt"), "The schooner Kestrel was launched in 1901.");
        await Eventually(() => Search(index, "Kestrel").SingleOrDefault()?.Contains("1901") == true, "a changed file is searchable");
        File.Delete(Path.Combine(corpus, "sub", "bridge.txt"));
        await Eventually(() => Search(index, "Quill Bridge").Count == 0, "a deleted file is gone");
        // The sync commits before it reports, so the report line can trail the search by a moment.
        await Eventually(() => { lock (lines) return lines.Any(l => l.Contains("1 removed", StringComparison.Ordinal)); }, "the removal reported");

        watch.Kill(entireProcessTree: true);
        await watch.WaitForExitAsync();
        await reading;
    }

    public void Dispose() => _folder.Dispose();
}
