namespace QaSearch.Core.Corpus;

/// <summary>A file found in the corpus, with the id it gets: its path relative to the folder or glob root it was found under.</summary>
/// <param name="FullPath">Absolute path on disk.</param>
/// <param name="RelativePath">Path relative to the indexed root, with '/' separators; the document id of the file.</param>
public sealed record CorpusFile(string FullPath, string RelativePath)
{
    /// <summary>Lower-case extension with its dot ("" when the file has none).</summary>
    public string Extension => System.IO.Path.GetExtension(FullPath).ToLowerInvariant();
}
