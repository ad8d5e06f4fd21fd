namespace QaSearch.Core.Evaluation;

/// <summary>The outcomes of a question set and the figures over them; an unanswered question scores 0.</summary>
/// <param name="Outcomes">One per question, in the set's order.</param>
/// <param name="Elapsed">Wall time of the run.</param>
public sealed record EvalReport(IReadOnlyList<EvalOutcome> Outcomes, TimeSpan Elapsed)
{
    /// <summary>Mean exact match.</summary>
    public double Em => Mean(o => o.Em);

    /// <summary>Mean token F1.</summary>
    public double F1 => Mean(o => o.F1);

    /// <summary>Share of questions with a reference in one of the top <paramref name="k"/> passages.</summary>
    public double RecallAt(int k) => Mean(o => o.FirstHit >= 0 && o.FirstHit < k ? 1 : 0);

    /// <summary>Share of questions that got an answer (not null).</summary>
    public double Answered => Mean(o => o.Answer.HasAnswer ? 1 : 0);

    /// <summary>Share of questions where some candidate was right: what a perfect scorer would reach.</summary>
    public double InCandidates => Mean(o => o.CandidateHit ? 1 : 0);

    /// <summary>For each confidence bin of width 0.2, the questions in it and the share answered right (F1 ≥ 0.5).</summary>
    public IReadOnlyList<(double Low, int Count, double? Right)> Calibration() =>
        [.. new[] { 0.0, 0.2, 0.4, 0.6, 0.8 }.Select(low =>
        {
            var inBin = Outcomes.Where(o => o.Answer.Score >= low && (o.Answer.Score < low + 0.2 || low == 0.8)).ToList();
            return (low, inBin.Count, inBin.Count == 0 ? (double?)null : inBin.Count(o => o.F1 >= 0.5) / (double)inBin.Count);
        })];

    /// <summary>The report of the questions of one category.</summary>
    public EvalReport Of(Func<EvalOutcome, bool> which) => new(Outcomes.Where(which).ToList(), Elapsed);

    private double Mean(Func<EvalOutcome, double> value) => Outcomes.Count == 0 ? 0 : Outcomes.Average(value);
}
