using QaSearch.Core.Answering;
using QaSearch.Core.Evaluation;
using QaSearch.Core.Extraction;
using QaSearch.Core.Retrieval;
using QaSearch.Testing;

namespace QaSearch.Core.Tests.Evaluation;

public sealed class EvaluatorTests
{
    [Fact]
    public void Scores_each_question_through_the_pipeline_with_recall_and_the_oracle()
    {
        var passages = Fixtures.Retrieved("Nothing about ships here.", "The schooner Kestrel was launched in 1894.");
        var pipeline = new QaPipeline(new FixedRetriever(passages), new AnswerExtractor());
        var questions = new List<EvalQuestion>
        {
            new("1", "When was the schooner Kestrel launched?", "1894", "ships", null),
            new("2", "When was the schooner Kestrel launched?", "1901; 1902", "ships", null),
        };

        var report = new Evaluator(_ => pipeline).Run(questions);

        Assert.Equal([1.0, 0.0], report.Outcomes.Select(o => o.Em));
        Assert.Equal(0.5, report.F1);
        Assert.Equal([1, -1], report.Outcomes.Select(o => o.FirstHit));
        Assert.Equal(0.0, report.RecallAt(1));
        Assert.Equal(0.5, report.RecallAt(5));
        Assert.Equal(0.5, report.InCandidates);
        Assert.Equal(2, report.Calibration().Sum(b => b.Count));
    }
}
