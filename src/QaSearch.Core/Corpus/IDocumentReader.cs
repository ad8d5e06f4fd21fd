namespace QaSearch.Core.Corpus;

/// <summary>Reads one file format into documents of plain text. Implementations are stateless and thread-safe.</summary>
public interface IDocumentReader
{
    /// <summary>Lower-case extensions with their dot that this reader handles.</summary>
    IReadOnlyCollection<string> Extensions { get; }

    /// <summary>Reads the file's bytes into one or more documents.</summary>
    /// <param name="file">The file, for ids, titles and messages.</param>
    /// <param name="content">The file's bytes.</param>
    /// <param name="warnings">Problems that lose part of the file but not all of it (a bad JSON line) are added here.</param>
    /// <exception cref="CorpusFormatException">The whole file is unreadable as this format.</exception>
    IReadOnlyList<SourceDocument> Read(CorpusFile file, byte[] content, IList<string> warnings);
}
