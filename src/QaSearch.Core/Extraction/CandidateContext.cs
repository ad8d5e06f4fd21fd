namespace QaSearch.Core.Extraction;

/// <summary>What the extractor works out once per candidate and the features read: computed once, not per feature.</summary>
/// <param name="Tokens">The candidate text's tokens.</param>
/// <param name="Overlap">Weighted share of the question's key terms in the candidate's context (sentence or record).</param>
/// <param name="BestOverlap">The highest such overlap of any candidate for the question (for "is it in the best sentence").</param>
/// <param name="TopScore">The best retrieval score among the passages read.</param>
/// <param name="Support">How many retrieved passages propose the same normalised text.</param>
internal readonly record struct CandidateContext(List<Token> Tokens, double Overlap, double BestOverlap, double TopScore, int Support);
