namespace QaSearch.Core.Retrieval;

/// <summary>The index folder is missing, empty or unreadable. The message says what to do.</summary>
public sealed class IndexUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
