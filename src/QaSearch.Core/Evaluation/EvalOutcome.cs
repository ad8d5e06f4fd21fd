namespace QaSearch.Core.Evaluation;

/// <summary>One question's result.</summary>
/// <param name="Question">The question with its references.</param>
/// <param name="Answer">The pipeline's answer.</param>
/// <param name="Em">Exact match, 0 or 1, best over the alternates.</param>
/// <param name="F1">Token F1, best over the alternates.</param>
/// <param name="FirstHit">Rank (from 0) of the first retrieved passage holding a reference, or -1.</param>
/// <param name="CandidateHit">Whether any candidate the extractor proposed was right (F1 ≥ 0.5).</param>
public sealed record EvalOutcome(EvalQuestion Question, Answer Answer, double Em, double F1, int FirstHit, bool CandidateHit);
