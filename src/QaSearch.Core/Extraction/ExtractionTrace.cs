namespace QaSearch.Core.Extraction;

/// <summary>An answer with every candidate that was proposed for it and the features that scored each.</summary>
/// <param name="Answer">The answer, as <see cref="AnswerExtractor.Extract"/> returns it.</param>
/// <param name="Candidates">All candidates, unmerged, with features in <see cref="CandidateFeatures.Names"/> order.</param>
public sealed record ExtractionTrace(Answer Answer, IReadOnlyList<(AnswerCandidate Candidate, double[] Features)> Candidates);
