namespace QaSearch.Core.Extraction;

/// <summary>
/// Learns the candidate scorer from questions with known answers, deterministically (same data, same weights).
/// Ranking: a conditional logit over each question's candidates, maximising the probability of the candidates that
/// match the reference (F1 ≥ 0.5), with an L2 pull towards the prior weights so features the data says little
/// about keep their hand-set values. Confidence: Platt scaling of the best answer's score (and, for the logistic
/// scorer, its lead over the next answer) against whether it is right, on held-out training questions when given, so
/// that a confidence of 0.8 means right about 80% of the time on questions the ranker did not learn from.
/// </summary>
internal static class ScorerTraining
{
    /// <summary>Options of the optimiser; the defaults reproduce the shipped weights.</summary>
    public sealed record Options
    {
        public int Iterations { get; init; } = 400;
        public double LearningRate { get; init; } = 0.1;
        /// <summary>Strength of the pull towards the prior weights.</summary>
        public double Prior { get; init; } = 0.01;
        /// <summary>Candidates at or above this F1 count as right.</summary>
        public double Positive { get; init; } = 0.5;
        /// <summary>Negatives kept per question, those the prior scores highest (hard negatives).</summary>
        public int NegativesPerQuestion { get; init; } = 80;
    }

    /// <summary>Fits weights and calibration to <paramref name="groups"/>, starting from and regularised towards <paramref name="prior"/>.</summary>
    /// <param name="groups">The training questions' candidates.</param>
    /// <param name="prior">The weights to start from and pull towards.</param>
    /// <param name="options">The optimiser's options.</param>
    /// <param name="calibration">Held-out questions to fit the confidence on (default: the training questions).</param>
    public static ScoringWeights Train(IReadOnlyList<TrainingGroup> groups, ScoringWeights prior, Options? options = null, IReadOnlyList<TrainingGroup>? calibration = null)
    {
        options ??= new Options();
        var names = CandidateFeatures.Names;
        var w0 = names.Select(n => prior.Weights.GetValueOrDefault(n)).ToArray();
        var ranking = groups.Select(g => Prune(g, w0, options)).Where(g => g is not null).Cast<(double[][] X, bool[] Right)>().ToList();
        var w = (double[])w0.Clone();

        // Adam on the mean negative log-likelihood of the right candidates plus the prior pull.
        var (m, v) = (new double[w.Length], new double[w.Length]);
        for (var t = 1; t <= options.Iterations; t++)
        {
            var gradient = new double[w.Length];
            foreach (var (x, right) in ranking)
                AddGradient(x, right, w, gradient, 1.0 / ranking.Count);
            for (var i = 0; i < w.Length; i++)
            {
                var g = gradient[i] + options.Prior * (w[i] - w0[i]);
                m[i] = 0.9 * m[i] + 0.1 * g;
                v[i] = 0.999 * v[i] + 0.001 * g * g;
                var mHat = m[i] / (1 - Math.Pow(0.9, t));
                var vHat = v[i] / (1 - Math.Pow(0.999, t));
                w[i] -= options.LearningRate * mHat / (Math.Sqrt(vHat) + 1e-8);
            }
        }

        var unscaled = new ScoringWeights(0, names.Zip(w).ToDictionary(p => p.First, p => p.Second));
        var (scale, lead, bias) = CalibrateWithLead(calibration ?? groups, unscaled, options.Positive);
        return unscaled with { Bias = bias, Scale = scale, LeadScale = lead };
    }

    /// <summary>
    /// Platt scaling: the (scale, offset) with which sigmoid(scale × score + offset) of each question's top candidate
    /// best predicts whether that candidate is right (F1 ≥ <paramref name="positive"/>).
    /// </summary>
    public static (double Scale, double Offset) Calibrate(IReadOnlyList<TrainingGroup> groups, ICandidateScorer scorer, double positive = 0.5)
    {
        var tops = groups.Where(g => g.Features.Count > 0).Select(g => Top(g, scorer)).Select(t => (X: new[] { t.Score, 1.0 }, Right: t.F1 >= positive)).ToList();
        var p = Logistic(tops, 2);
        return (p[0], p[1]);
    }

    /// <summary>
    /// Platt scaling on two inputs: the (scale, lead scale, offset) with which sigmoid(scale × score + lead scale ×
    /// lead + offset) best predicts whether each question's best answer is right, where lead is how far it leads the
    /// next different answer (<see cref="ScoringWeights.Lead"/>). An answer far ahead of its rivals is right more often
    /// than one that barely wins, at the same score.
    /// </summary>
    public static (double Scale, double Lead, double Offset) CalibrateWithLead(IReadOnlyList<TrainingGroup> groups, ICandidateScorer scorer, double positive = 0.5)
    {
        var tops = groups.Where(g => g.Features.Count > 0).Select(g => Top(g, scorer)).Select(t => (X: new[] { t.Score, t.Lead, 1.0 }, Right: t.F1 >= positive)).ToList();
        var p = Logistic(tops, 3);
        return (p[0], p[1], p[2]);
    }

    /// <summary>A question's best answer as the extractor picks it (same texts merged at their best score): its score, its lead and its F1.</summary>
    internal static (double Score, double Lead, double F1) Top(TrainingGroup group, ICandidateScorer scorer)
    {
        var scores = group.Features.Select(scorer.Score).ToList();
        var answers = Enumerable.Range(0, scores.Count)
            .GroupBy(c => group.Keys?[c] ?? c.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Select(g => g.MaxBy(c => scores[c]))
            .OrderByDescending(c => scores[c]).ThenBy(c => c)
            .ToList();
        var best = answers[0];
        return (scores[best], ScoringWeights.Lead(scores[best], answers.Count > 1 ? scores[answers[1]] : null), group.F1[best]);
    }

    /// <summary>Fits p = sigmoid(w·x) by Newton's method with a whisker of ridge, for <paramref name="k"/> inputs (the last one a constant 1).</summary>
    private static double[] Logistic(List<(double[] X, bool Right)> rows, int k)
    {
        var w = new double[k];
        for (var iteration = 0; iteration < 50; iteration++)
        {
            var gradient = new double[k];
            var hessian = new double[k, k];
            for (var i = 0; i < k; i++) hessian[i, i] = 1e-6;
            foreach (var (x, right) in rows)
            {
                var p = 1 / (1 + Math.Exp(-Dot(w, x)));
                var (error, curvature) = (p - (right ? 1 : 0), p * (1 - p));
                for (var i = 0; i < k; i++)
                {
                    gradient[i] += error * x[i];
                    for (var j = 0; j < k; j++) hessian[i, j] += curvature * x[i] * x[j];
                }
            }
            var step = Solve(hessian, gradient);
            if (step is null) break;
            for (var i = 0; i < k; i++) w[i] -= step[i];
            if (step.Sum(Math.Abs) < 1e-9) break;
        }
        return w;
    }

    /// <summary>Solves a·x = b by Gaussian elimination with partial pivoting; null when a is singular.</summary>
    private static double[]? Solve(double[,] a, double[] b)
    {
        var n = b.Length;
        var m = (double[,])a.Clone();
        var x = (double[])b.Clone();
        for (var col = 0; col < n; col++)
        {
            var pivot = Enumerable.Range(col, n - col).MaxBy(r => Math.Abs(m[r, col]));
            if (Math.Abs(m[pivot, col]) < 1e-12) return null;
            for (var j = 0; j < n; j++) (m[col, j], m[pivot, j]) = (m[pivot, j], m[col, j]);
            (x[col], x[pivot]) = (x[pivot], x[col]);
            for (var r = col + 1; r < n; r++)
            {
                var f = m[r, col] / m[col, col];
                for (var j = col; j < n; j++) m[r, j] -= f * m[col, j];
                x[r] -= f * x[col];
            }
        }
        for (var r = n - 1; r >= 0; r--)
        {
            for (var j = r + 1; j < n; j++) x[r] -= m[r, j] * x[j];
            x[r] /= m[r, r];
        }
        return x;
    }

    /// <summary>The share of questions whose top candidate is right, under <paramref name="scorer"/>.</summary>
    public static double TopAccuracy(IReadOnlyList<TrainingGroup> groups, ICandidateScorer scorer, double positive = 0.5) =>
        groups.Count == 0 ? 0 : groups.Count(g => g.Features.Count > 0 &&
            g.F1[Enumerable.Range(0, g.Features.Count).MaxBy(c => scorer.Score(g.Features[c]))] >= positive) / (double)groups.Count;

    /// <summary>Each question's candidates that matter for learning to rank: all right ones, and the wrong ones the prior scores highest.</summary>
    /// <returns>Null when the question has no right or no wrong candidate (nothing to learn from it).</returns>
    public static (double[][] X, double[] F1)? Prune(TrainingGroup group, ScoringWeights prior, Options? options = null)
    {
        options ??= new Options();
        var w0 = CandidateFeatures.Names.Select(n => prior.Weights.GetValueOrDefault(n)).ToArray();
        return Kept(group, w0, options) is { } keep ? (keep.Select(c => group.Features[c]).ToArray(), keep.Select(c => group.F1[c]).ToArray()) : null;
    }

    private static (double[][] X, bool[] Right)? Prune(TrainingGroup group, double[] w0, Options options) =>
        Kept(group, w0, options) is { } keep ? (keep.Select(c => group.Features[c]).ToArray(), keep.Select(c => group.F1[c] >= options.Positive).ToArray()) : null;

    /// <summary>The candidates kept of a question: all right ones, then the wrong ones <paramref name="w0"/> scores highest; null when it has no right or no wrong one.</summary>
    private static List<int>? Kept(TrainingGroup group, double[] w0, Options options)
    {
        var all = Enumerable.Range(0, group.Features.Count).ToList();
        var right = all.Where(c => group.F1[c] >= options.Positive).ToList();
        if (right.Count == 0 || right.Count == all.Count) return null;
        var wrong = all.Where(c => group.F1[c] < options.Positive).OrderByDescending(c => Dot(w0, group.Features[c])).ThenBy(c => c).Take(options.NegativesPerQuestion);
        return [.. right, .. wrong];
    }

    private static void AddGradient(double[][] x, bool[] right, double[] w, double[] gradient, double weight)
    {
        var scores = x.Select(f => Dot(w, f)).ToArray();
        var max = scores.Max();
        var exp = scores.Select(s => Math.Exp(s - max)).ToArray();
        var all = exp.Sum();
        var good = exp.Where((_, c) => right[c]).Sum();
        for (var c = 0; c < x.Length; c++)
        {
            // d(-log good/all)/ds_c = p_c - [right] * exp_c / good
            var coefficient = exp[c] / all - (right[c] ? exp[c] / good : 0);
            for (var i = 0; i < w.Length; i++) gradient[i] += weight * coefficient * x[c][i];
        }
    }

    private static double Dot(double[] w, double[] x)
    {
        var sum = 0.0;
        for (var i = 0; i < w.Length; i++) sum += w[i] * x[i];
        return sum;
    }
}
