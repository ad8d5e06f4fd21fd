namespace QaSearch.Core.Retrieval;

/// <summary>
/// A retriever that returns the same given passages for any query, in their order: reading comprehension (a
/// question with its own context) through the same pipeline as retrieval. Immutable and thread-safe.
/// </summary>
public sealed class FixedRetriever(IReadOnlyList<RetrievedPassage> passages) : IRetriever
{
    public IReadOnlyList<RetrievedPassage> Retrieve(string query, int top)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(top);
        return passages.Take(top).ToList();
    }
}
