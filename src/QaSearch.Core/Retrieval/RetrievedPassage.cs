namespace QaSearch.Core.Retrieval;

/// <summary>A passage returned for a query, with its retrieval score and 0-based rank.</summary>
public sealed record RetrievedPassage(Passage Passage, double Score, int Rank);
