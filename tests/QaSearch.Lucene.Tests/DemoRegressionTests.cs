using System.Text.Json;
using QaSearch.Core.Answering;
using QaSearch.Core.Corpus;
using QaSearch.Core.Evaluation;
using QaSearch.Core.Extraction;
using QaSearch.Lucene;
using QaSearch.Testing;

namespace QaSearch.Lucene.Tests;

/// <summary>
/// Pins answer quality on the demo corpus the repo ships (demo/): a change that lowers EM or F1 below the figures
/// in demo-regression.json fails here at once. Raise the pins when quality improves.
/// </summary>
public sealed class DemoRegressionTests
{
    [Fact]
    public void Demo_questions_score_at_least_the_pinned_em_and_f1()
    {
        var root = Fixtures.RepositoryRoot();
        var demo = Path.Combine(root, "demo");
        using var folder = new TempFolder();
        var index = Path.Combine(folder.Path, "index");
        using (var writer = new LuceneIndexer(index))
            new CorpusIngest(new CorpusReader(), new PassageSplitter()).Run([demo], writer);
        using var retriever = new LuceneRetriever(index);
        var pipeline = new QaPipeline(retriever, new AnswerExtractor());
        var questions = Directory.GetFiles(Path.Combine(demo, "questions"), "*.txt").Order(StringComparer.Ordinal)
            .Select(QuestionFile.Load).ToList();

        var scores = questions.Select(q => (pipeline.Ask(q.Question).Text, Reference: q.Answer!))
            .Select(a => (Em: AnswerScorer.ExactMatch(a.Text, a.Reference), F1: AnswerScorer.F1(a.Text, a.Reference))).ToList();

        using var pins = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "demo-regression.json")));
        Assert.True(questions.Count >= 8, "the demo should keep at least 8 question files");
        Assert.True(scores.Average(s => s.Em) >= pins.RootElement.GetProperty("em").GetDouble(), $"EM {scores.Average(s => s.Em):0.000}");
        Assert.True(scores.Average(s => s.F1) >= pins.RootElement.GetProperty("f1").GetDouble(), $"F1 {scores.Average(s => s.F1):0.000}");
    }
}
