namespace QaSearch.Core.Corpus;

/// <summary>
/// A file cannot be read as the format its name says. The message is a short reason a user can act on;
/// the corpus reader reports it with the file's path and goes on with the next file.
/// </summary>
public sealed class CorpusFormatException(string message, Exception? inner = null) : Exception(message, inner);
