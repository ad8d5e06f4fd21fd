using System.Diagnostics;
using QaSearch.Core.Answering;

namespace QaSearch.Core.Evaluation;

/// <summary>
/// Runs a question set through the pipeline users run (<see cref="QaPipeline.Explain"/>, the same retrieval and
/// extraction as <see cref="QaPipeline.Ask"/>) and scores each answer: SQuAD's EM and token F1 against the
/// references, where the first passage holding a reference stands (answer-in-top-k recall), and whether any
/// candidate was right (the oracle). Questions are answered on every core; outcomes keep the set's order.
/// </summary>
/// <param name="pipelineFor">The pipeline for a question: one shared pipeline over an index, or one over the question's own context.</param>
/// <param name="depth">How many passages to retrieve for recall (at least the largest k reported).</param>
/// <param name="alternates">Whether ';' in a reference separates alternates; false for sets whose references are single strings.</param>
public sealed class Evaluator(Func<EvalQuestion, QaPipeline> pipelineFor, int depth = 10, bool alternates = true)
{
    /// <summary>Scores every question of <paramref name="questions"/>.</summary>
    public EvalReport Run(IReadOnlyList<EvalQuestion> questions)
    {
        ArgumentNullException.ThrowIfNull(questions);
        var clock = Stopwatch.StartNew();
        var outcomes = questions.AsParallel().AsOrdered().WithDegreeOfParallelism(Environment.ProcessorCount).Select(q =>
        {
            var trace = pipelineFor(q).Explain(q.Question, depth);
            var firstHit = trace.Retrieved.ToList().FindIndex(r => AnswerScorer.Contains(r.Passage.Text, q.Reference, alternates));
            // The oracle: could a perfect scorer have picked a right candidate? Separates generation from scoring.
            var candidateHit = trace.Extraction.Candidates.Any(c => AnswerScorer.F1(c.Candidate.Text, q.Reference, alternates) >= 0.5);
            return new EvalOutcome(q, trace.Answer, AnswerScorer.ExactMatch(trace.Answer.Text, q.Reference, alternates), AnswerScorer.F1(trace.Answer.Text, q.Reference, alternates), firstHit, candidateHit);
        }).ToList();
        return new EvalReport(outcomes, clock.Elapsed);
    }
}
