using System.Security.Cryptography;
using System.Text;
using Lucene.Net.Index;
using Lucene.Net.Store;
using QaSearch.Core.Retrieval;

namespace QaSearch.Lucene;

/// <summary>
/// What an index holds, read from its last commit without taking the writer lock (so it works while a writer runs):
/// files, documents, passages, size on disk, when it was last committed and the settings its passages were built with.
/// </summary>
/// <param name="Files">Files it holds (from its list of files; for an index built before that list, distinct source paths).</param>
/// <param name="Documents">Documents: each one's first passage carries the whole document.</param>
/// <param name="Passages">Passages (Lucene documents).</param>
/// <param name="SizeBytes">Bytes of the files in the index folder.</param>
/// <param name="LastCommit">When the last change was committed; null for an index built before this was recorded.</param>
/// <param name="BuildSettings">Reader version and passage sizes, as recorded by the last run; "" when not recorded.</param>
/// <param name="Writer">The process writing the index now, or null.</param>
public sealed record IndexStatistics(int Files, int Documents, int Passages, long SizeBytes, DateTimeOffset? LastCommit, string BuildSettings, IndexLockHolder? Writer)
{
    /// <summary>
    /// A hash of every passage (id, source path, offsets and text), in id order, so two indexes can be compared: two
    /// indexes of the same files with the same settings have the same fingerprint however they were built. Null unless asked for.
    /// </summary>
    public string? Fingerprint { get; init; }

    /// <summary>Reads the statistics of the index in <paramref name="indexPath"/>.</summary>
    /// <param name="indexPath">The index folder.</param>
    /// <param name="fingerprint">Also hash every passage (reads them all: a second or so per 100,000 passages).</param>
    /// <exception cref="IndexUnavailableException">There is no index there, or it cannot be read.</exception>
    public static IndexStatistics Read(string indexPath, bool fingerprint = false)
    {
        ArgumentNullException.ThrowIfNull(indexPath);
        if (!System.IO.Directory.Exists(indexPath))
            throw new IndexUnavailableException($"no index at {indexPath}; build one first: ./qasearch index PATH --index {indexPath}");
        using var directory = FSDirectory.Open(new DirectoryInfo(indexPath));
        try
        {
            if (!DirectoryReader.IndexExists(directory))
                throw new IndexUnavailableException($"{indexPath} holds no index yet; build one first: ./qasearch index PATH --index {indexPath}");
            using var reader = DirectoryReader.Open(directory);
            var manifest = IndexManifest.Read(directory, reader.IndexCommit.UserData);
            var files = manifest.Files.Count > 0 || manifest.LastCommit is not null ? manifest.Files.Count : CountTerms(reader, PassageFields.Path);
            // Whole documents, less the later sections of very large ones; indexes built before whole documents count their ids.
            var documents = reader.GetDocCount(PassageFields.Document) is var whole and > 0
                ? whole - reader.DocFreq(new Term(PassageFields.Section, PassageFields.ContinuedSection))
                : CountTerms(reader, PassageFields.DocId);
            var size = new DirectoryInfo(indexPath).EnumerateFiles().Sum(f => f.Length);
            return new IndexStatistics(files, documents, reader.NumDocs, size, manifest.LastCommit, manifest.BuildSettings, IndexWriterLock.CurrentHolder(indexPath))
            {
                Fingerprint = fingerprint ? Hash(reader) : null,
            };
        }
        catch (Exception e) when (e is IOException or CorruptIndexException)
        {
            throw new IndexUnavailableException($"cannot read the index in {indexPath} ({e.Message}); rebuild it with ./qasearch index PATH --fresh", e);
        }
    }

    private static int CountTerms(IndexReader reader, string field)
    {
        var terms = MultiFields.GetTerms(reader, field);
        if (terms is null) return 0;
        var count = 0;
        var iterator = terms.GetEnumerator();
        while (iterator.MoveNext()) count++;
        return count;
    }

    private static string Hash(IndexReader reader)
    {
        var live = MultiFields.GetLiveDocs(reader);
        var passages = new List<string>(reader.NumDocs);
        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            if (live is not null && !live.Get(doc)) continue;
            var p = StoredPassages.Read(reader, doc);
            passages.Add(string.Join('\u001f', p.Id, p.Path, p.Title, p.Start, p.End, p.Text));
        }
        passages.Sort(StringComparer.Ordinal);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var passage in passages) hash.AppendData(Encoding.UTF8.GetBytes(passage + "\u001e"));
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
