using QaSearch.Core.Extraction;

namespace QaSearch.Core.Tests.Extraction;

public sealed class ScorerTrainingTests
{
    /// <summary>Questions whose right candidate has type_match = 1 and whose wrong ones have it 0, but rank higher by retrieval.</summary>
    private static List<TrainingGroup> Groups()
    {
        var names = CandidateFeatures.Names;
        double[] Vector(double typeMatch, double rank)
        {
            var x = new double[names.Length];
            x[Array.IndexOf(names, "type_match")] = typeMatch;
            x[Array.IndexOf(names, "retrieval_rank")] = rank;
            return x;
        }
        return Enumerable.Range(0, 50).Select(i => new TrainingGroup(
            [Vector(1, 0.2), Vector(0, 1.0), Vector(0, 0.5)],
            [1.0, 0.0, i % 5 == 0 ? 0.6 : 0.0])).ToList();
    }

    private static ScoringWeights Flat() => new(0, CandidateFeatures.Names.ToDictionary(n => n, _ => 0.0));

    [Fact]
    public void Learns_to_rank_the_right_candidates_first()
    {
        var groups = Groups();

        var trained = ScorerTraining.Train(groups, Flat());

        Assert.True(trained.Weights["type_match"] > trained.Weights["retrieval_rank"]);
        Assert.Equal(1.0, ScorerTraining.TopAccuracy(groups, trained));
    }

    [Fact]
    public void Training_is_deterministic()
    {
        Assert.Equal(ScorerTraining.Train(Groups(), Flat()).ToJson(), ScorerTraining.Train(Groups(), Flat()).ToJson());
    }

    [Fact]
    public void The_written_weights_read_back_the_same()
    {
        using var folder = new QaSearch.Testing.TempFolder();
        var trained = ScorerTraining.Train(Groups(), Flat());
        var path = folder.Write("w.json", trained.ToJson());

        var loaded = ScoringWeights.Load(path);

        Assert.Equal(trained.ToJson(), loaded.ToJson());
    }

    [Fact]
    public void Confidence_rises_with_the_lead_over_the_next_different_answer_when_that_predicts_being_right()
    {
        // Given questions whose best answers all score 1, right when they lead the next different answer by 2 and
        // wrong when they lead by 0.5; a second candidate with the best one's own text is no rival
        var names = CandidateFeatures.Names;
        double[] Scored(double typeMatch)
        {
            var x = new double[names.Length];
            x[Array.IndexOf(names, "type_match")] = typeMatch;
            return x;
        }
        var scorer = new ScoringWeights(0, names.ToDictionary(n => n, n => n == "type_match" ? 1.0 : 0.0));
        var groups = Enumerable.Range(0, 40).Select(i => i % 2 == 0
            ? new TrainingGroup([Scored(1), Scored(1), Scored(-1)], [1.0, 1.0, 0.0], ["ada", "ada", "bo"])
            : new TrainingGroup([Scored(1), Scored(0.5)], [i % 4 == 1 ? 1.0 : 0.0, 0.0], ["cy", "dee"])).ToList();

        // When the confidence is fitted
        var (scale, lead, offset) = ScorerTraining.CalibrateWithLead(groups, scorer);
        var calibrated = scorer with { Scale = scale, LeadScale = lead, Bias = offset };

        // Then the lead counts, and the same score with a larger lead is more sure
        Assert.True(lead > 0);
        Assert.True(calibrated.Confidence(1, 2) > calibrated.Confidence(1, 0.5));
        Assert.Equal(2.0, ScorerTraining.Top(groups[0], scorer).Lead);
    }
}
