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
}
