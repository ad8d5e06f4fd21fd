namespace QaSearch.Core.Retrieval;

/// <summary>A document's place in a ranking of documents, with its score; ranks start at 1.</summary>
public sealed record RankedDocument(string DocId, double Score, int Rank);

/// <summary>How a document ranking scores a document.</summary>
public enum DocumentScoring
{
    /// <summary>The whole document as one text (the default): BM25 sees every occurrence and the document's real length.</summary>
    Whole,
    /// <summary>The document's best passage (MaxP).</summary>
    MaxP,
}

/// <summary>Ranks documents (rather than passages) for a query. Implementations are thread-safe.</summary>
public interface IDocumentRanker
{
    /// <summary>The top <paramref name="top"/> documents for <paramref name="query"/>, best first, each once.</summary>
    IReadOnlyList<RankedDocument> RankDocuments(string query, int top);
}

/// <summary>Ranks documents by their best passage (MaxP), each document once.</summary>
public static class DocumentRanking
{
    /// <summary>The top <paramref name="top"/> documents for <paramref name="query"/>; fetches passages in growing batches until enough distinct documents are found.</summary>
    public static IReadOnlyList<RankedDocument> MaxP(IRetriever retriever, string query, int top)
    {
        ArgumentNullException.ThrowIfNull(retriever);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(top);
        for (var depth = top * 2; ; depth *= 4)
        {
            var passages = retriever.Retrieve(query, depth);
            var documents = passages.GroupBy(p => p.Passage.DocId, StringComparer.Ordinal)
                .Select(g => (DocId: g.Key, Score: g.Max(p => p.Score)))
                .OrderByDescending(d => d.Score).ThenBy(d => d.DocId, StringComparer.Ordinal)
                .Take(top)
                .Select((d, i) => new RankedDocument(d.DocId, d.Score, i + 1))
                .ToList();
            if (documents.Count >= top || passages.Count < depth) return documents;
        }
    }
}
