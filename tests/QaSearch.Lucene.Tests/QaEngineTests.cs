using QaSearch.Testing;

namespace QaSearch.Lucene.Tests;

/// <summary>The library as a .NET service would use it: index, open, ask, answer many, stats.</summary>
public sealed class QaEngineTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task Index_then_ask_search_and_answer_many_through_the_engine()
    {
        Fixtures.WriteTinyCorpus(_folder);
        var index = Path.Combine(_folder.Path, "index");

        var report = await QaEngine.IndexAsync(index, [_folder.Path]);
        using var engine = QaEngine.Open(index);
        var answer = await engine.AskAsync("When was the schooner Kestrel launched?");
        var hits = await engine.SearchAsync("Quill Bridge", top: 1);
        var many = new List<string?>();
        await foreach (var a in engine.AnswerManyAsync(["Who is the harbor master?", "When was the schooner Kestrel launched?", "   "]))
            many.Add(a.Text);
        var stats = await engine.StatsAsync();

        Assert.Equal(6, report.Added);
        Assert.Equal("1894", answer.Text);
        Assert.Equal("notes/kestrel.txt", answer.Source!.DocId);
        Assert.Equal("bridge", Assert.Single(hits).Passage.DocId);
        Assert.Equal(["Ada Brennan", "1894", null], many);
        Assert.Equal(engine.PassageCount, stats.Passages);
        Assert.StartsWith("The schooner Kestrel", Assert.Single(engine.Document("notes/kestrel.txt")).Text);
    }

    [Fact]
    public async Task A_cancelled_ask_throws_and_a_missing_index_says_what_to_do()
    {
        Fixtures.WriteTinyCorpus(_folder);
        var index = Path.Combine(_folder.Path, "index");
        await QaEngine.IndexAsync(index, [_folder.Path]);
        using var engine = QaEngine.Open(index);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => engine.AskAsync("Who?", new CancellationToken(canceled: true)));
        var error = Assert.Throws<QaSearch.Core.Retrieval.IndexUnavailableException>(() => QaEngine.Open(Path.Combine(_folder.Path, "none")));
        Assert.Contains("./qasearch index PATH", error.Message);
    }

    public void Dispose() => _folder.Dispose();
}
