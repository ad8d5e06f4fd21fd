namespace QaSearch.Core.Retrieval;

/// <summary>A retriever that can also give a whole document back, passage by passage (to locate an answer in it).</summary>
public interface IDocumentStore
{
    /// <summary>The passages of document <paramref name="docId"/> in order; empty when there is no such document.</summary>
    IReadOnlyList<Passage> Document(string docId);
}
