namespace QaSearch.Core.Retrieval;

/// <summary>Finds the passages most likely to answer a question. Implementations are thread-safe.</summary>
public interface IRetriever
{
    /// <summary>The top <paramref name="top"/> passages for <paramref name="query"/>, best first, ties broken by passage id.
    /// Any text is a valid query: no query syntax is interpreted.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="top"/> is not positive.</exception>
    IReadOnlyList<RetrievedPassage> Retrieve(string query, int top);
}
