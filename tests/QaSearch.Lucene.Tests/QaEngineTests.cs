using QaSearch.Testing;

namespace QaSearch.Lucene.Tests;

/// <summary>The library as a .NET service would use it: index, open, ask, answer many, stats.</summary>
public sealed class QaEngineTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task Given_a_csv_of_records_when_asked_to_count_then_the_answer_is_computed_over_every_row_with_its_query_and_records()
    {
        // Given more rows than the extractor reads passages, in one CSV file
        var rows = Enumerable.Range(1, 30).Select(i => $"B-{i:000},Boat {i},{(i % 3 == 0 ? "Ada Brennan" : "Tom Reyes")},{(i % 2 == 0 ? "Spring 2026" : "Fall 2025")}");
        File.WriteAllText(Path.Combine(_folder.Path, "boats.csv"), "Code,Name,Skipper,Season\n" + string.Join('\n', rows) + "\n");
        var index = Path.Combine(_folder.Path, "index");
        await QaEngine.IndexAsync(index, [_folder.Path]);
        using var engine = QaEngine.Open(index);

        // When asked how many boats one skipper sails in one season
        var answer = await engine.AskAsync("How many boats does Ada Brennan sail in Fall 2025?");
        var json = QaSearch.Core.Answering.AnswerJson.Write(answer);

        // Then every matching row counts (i = 3, 9, 15, 21, 27), and the JSON says how it was computed
        Assert.Equal("5", answer.Text);
        Assert.Equal(5, answer.Aggregation!.Matched);
        Assert.Contains("\"aggregation\":{\"kind\":\"count\"", json);
        Assert.Contains("skipper = \"Ada Brennan\"", answer.Aggregation.Query.ToString());
    }

    [Fact]
    public async Task Given_json_records_whose_long_abstracts_fill_many_passages_when_asked_to_count_then_each_record_counts_once_whole()
    {
        // Given two papers of one author, each with an abstract of many passages between its first and last fields,
        // and a third paper of another author
        string Paper(string author, string title, bool open) => $$"""
            {"author": "{{author}}", "title": "{{title}}", "abstract": "{{string.Join(' ', Enumerable.Range(1, 80).Select(i => $"Sentence {i} of the study reports one more finding about harbour tides."))}}", "venue": "Tide Letters", "year": 2023, "isOpenAccess": {{(open ? "true" : "false")}}}
            """;
        File.WriteAllText(Path.Combine(_folder.Path, "papers.json"),
            $"[{Paper("Ada Brennan", "Tides One", true)}, {Paper("Ada Brennan", "Tides Two", true)}, {Paper("Tom Reyes", "Tides Three", true)}]");
        var index = Path.Combine(_folder.Path, "index");
        await QaEngine.IndexAsync(index, [_folder.Path]);
        using var engine = QaEngine.Open(index);

        // When asked how many open access papers the first author has
        var answer = await engine.AskAsync("How many papers has Ada Brennan published in open access journals?");

        // Then both of hers count, each read whole: the last field of one is never joined to the first of the next
        Assert.True(engine.PassageCount > 10);
        Assert.Equal("2", answer.Text);
        Assert.All(answer.Aggregation!.Evidence, r => Assert.Equal(["author", "title", "abstract", "venue", "year", "is open access"], r.Fields.Select(f => f.Name)));
    }

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
