using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;
using QaSearch.Core.Extraction;

namespace QaSearch.Cli.Training;

/// <summary>
/// Learns the <see cref="TreeRanker"/>: FastTree LambdaRank over each training question's candidates (all right
/// ones and the hardest wrong ones), graded by how well a candidate matches the reference, then a Platt calibration
/// on held-out questions. Deterministic: one thread and a fixed seed give the same trees from the same data.
/// </summary>
internal static class RankerTraining
{
    /// <summary>Options of the trees; the defaults reproduce the shipped ranker.json.</summary>
    public sealed record Options
    {
        public int Trees { get; init; } = 200;
        public int Leaves { get; init; } = 16;
        public int MinimumPerLeaf { get; init; } = 40;
        public double LearningRate { get; init; } = 0.1;
        public int Seed { get; init; } = 7;
        public int Negatives { get; init; } = int.MaxValue;
    }

    private sealed class Row
    {
        public float Label { get; set; }
        public uint Group { get; set; }
        [VectorType]
        public float[] Features { get; set; } = [];
    }

    /// <summary>Trains on <paramref name="train"/>, calibrates on <paramref name="calibration"/>.</summary>
    /// <param name="train">The questions the trees learn from.</param>
    /// <param name="calibration">Held-out questions the confidence is fitted on.</param>
    /// <param name="prior">The hand-set weights that pick each question's hardest wrong candidates.</param>
    /// <param name="base">A logistic model whose score the trees read as one more feature, and refine.</param>
    /// <param name="options">The trees' options.</param>
    public static TreeRanker Train(IReadOnlyList<TrainingGroup> train, IReadOnlyList<TrainingGroup> calibration, ScoringWeights prior, ScoringWeights? @base, Options? options = null)
    {
        options ??= new Options();
        var names = @base is null ? CandidateFeatures.Names : [.. CandidateFeatures.Names, TreeRanker.BaseScore];
        var rows = new List<Row>();
        uint group = 0;
        foreach (var question in train)
        {
            if (ScorerTraining.Prune(question, prior, new ScorerTraining.Options { NegativesPerQuestion = options.Negatives }) is not { } pruned) continue;
            group++;
            for (var c = 0; c < pruned.X.Length; c++)
                rows.Add(new Row { Label = Grade(pruned.F1[c]), Group = group, Features = Vector(pruned.X[c], @base) });
        }

        var ml = new MLContext(seed: options.Seed);
        var schema = SchemaDefinition.Create(typeof(Row));
        schema[nameof(Row.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, names.Length);
        var data = ml.Data.LoadFromEnumerable(rows, schema);
        var pipeline = ml.Transforms.Conversion.MapValueToKey(nameof(Row.Group))
            .Append(ml.Ranking.Trainers.FastTree(new FastTreeRankingTrainer.Options
            {
                LabelColumnName = nameof(Row.Label),
                RowGroupColumnName = nameof(Row.Group),
                FeatureColumnName = nameof(Row.Features),
                NumberOfTrees = options.Trees,
                NumberOfLeaves = options.Leaves,
                MinimumExampleCountPerLeaf = options.MinimumPerLeaf,
                LearningRate = options.LearningRate,
                NumberOfThreads = 1,
                Seed = options.Seed,
                FeatureFraction = 1,
            }));
        var model = pipeline.Fit(data).LastTransformer.Model;
        var ensemble = model.TrainedTreeEnsemble;
        var trees = ensemble.Trees.Select((t, i) => new TreeRanker.Tree(
            ensemble.TreeWeights[i],
            t.NumericalSplitFeatureIndexes.ToArray(),
            t.NumericalSplitThresholds.ToArray(),
            t.LeftChild.ToArray(),
            t.RightChild.ToArray(),
            t.LeafValues.ToArray())).ToList();
        var unscaled = new TreeRanker(names, ensemble.Bias, trees, 1, 0, @base);
        var (scale, offset) = ScorerTraining.Calibrate(calibration, unscaled);
        return new TreeRanker(names, ensemble.Bias, trees, scale, offset, @base);
    }

    private static float[] Vector(double[] features, ScoringWeights? @base)
    {
        var vector = new float[features.Length + (@base is null ? 0 : 1)];
        for (var i = 0; i < features.Length; i++) vector[i] = (float)features[i];
        if (@base is not null) vector[^1] = (float)@base.Score(features);
        return vector;
    }

    /// <summary>The relevance grade LambdaRank learns: 3 for the reference itself, 2 for a good match, 1 for a partial one.</summary>
    private static float Grade(double f1) => f1 switch
    {
        >= 0.99 => 2,
        >= 0.5 => 1,
        _ => 0,
    };
}
