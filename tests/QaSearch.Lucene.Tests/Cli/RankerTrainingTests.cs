using QaSearch.Cli.Training;
using QaSearch.Core.Extraction;
using QaSearch.Testing;

namespace QaSearch.Lucene.Tests.Cli;

public sealed class RankerTrainingTests
{
    /// <summary>
    /// Questions whose right candidate is the one with type_match = 1 when near_key_term is high, and the one with
    /// field_match = 1 otherwise: an interaction no single linear weight can express.
    /// </summary>
    private static List<TrainingGroup> Groups(int count)
    {
        var names = CandidateFeatures.Names;
        double[] Vector(double typeMatch, double fieldMatch, double near)
        {
            var x = new double[names.Length];
            x[Array.IndexOf(names, "type_match")] = typeMatch;
            x[Array.IndexOf(names, "field_match")] = fieldMatch;
            x[Array.IndexOf(names, "near_key_term")] = near;
            return x;
        }
        return Enumerable.Range(0, count).Select(i =>
        {
            var near = i % 2 == 0 ? 1.0 : 0.0;
            return new TrainingGroup(
                [Vector(1, 0, near), Vector(0, 1, near), Vector(0, 0, near)],
                [near == 1 ? 1.0 : 0.0, near == 1 ? 0.0 : 1.0, 0.0]);
        }).ToList();
    }

    private static ScoringWeights Flat() => new(0, CandidateFeatures.Names.ToDictionary(n => n, _ => 0.0));

    [Fact]
    public void Given_an_interaction_of_features_when_trees_are_trained_then_they_rank_both_kinds_of_question_right()
    {
        var train = Groups(400);
        var heldOut = Groups(100);

        var trees = RankerTraining.Train(train, heldOut, Flat(), @base: null, new RankerTraining.Options { Trees = 20, MinimumPerLeaf = 5 });

        Assert.Equal(1.0, ScorerTraining.TopAccuracy(heldOut, trees));
        Assert.InRange(trees.Confidence(trees.Score(heldOut[0].Features[0])), 0, 1);
    }

    [Fact]
    public void Given_a_trained_ranker_when_written_and_loaded_as_a_scorer_file_then_it_scores_the_same()
    {
        using var folder = new TempFolder();
        var groups = Groups(200);
        var linear = ScorerTraining.Train(groups, Flat());
        var trees = RankerTraining.Train(groups, groups, Flat(), linear, new RankerTraining.Options { Trees = 10, MinimumPerLeaf = 5 });
        var path = folder.Write("ranker.json", trees.ToJson());

        var loaded = CandidateScorers.Load(path);

        Assert.IsType<TreeRanker>(loaded);
        foreach (var candidate in groups[0].Features.Concat(groups[1].Features))
            Assert.Equal(trees.Score(candidate), loaded.Score(candidate), 6);
        Assert.Equal(trees.ToJson(), ((TreeRanker)loaded).ToJson());
    }

    [Fact]
    public void Given_the_same_data_when_trained_twice_then_the_trees_are_the_same()
    {
        var options = new RankerTraining.Options { Trees = 10, MinimumPerLeaf = 5 };

        var first = RankerTraining.Train(Groups(200), Groups(50), Flat(), null, options).ToJson();
        var second = RankerTraining.Train(Groups(200), Groups(50), Flat(), null, options).ToJson();

        Assert.Equal(first, second);
    }
}
