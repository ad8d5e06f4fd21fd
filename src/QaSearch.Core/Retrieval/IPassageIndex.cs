using QaSearch.Core.Corpus;

namespace QaSearch.Core.Retrieval;

/// <summary>
/// A writable passage index that remembers which files it holds, so that indexing a folder again reads only what
/// changed. Not thread-safe; dispose to release the index's writer lock.
/// </summary>
public interface IPassageIndex : IDisposable
{
    /// <summary>Replaces everything indexed from the file at <paramref name="path"/> with the passages of
    /// <paramref name="documents"/>, written as they are taken: indexing a file again never duplicates its passages.</summary>
    /// <param name="path">The file's full path.</param>
    /// <param name="documents">Its documents' passages.</param>
    /// <param name="file">What to remember of the file, with its passage count set to how many were written; null to forget it, so that the next run reads it again.</param>
    /// <returns>How many passages were written.</returns>
    int ReplaceFile(string path, IEnumerable<DocumentPassages> documents, IndexedFile? file = null);

    /// <summary>Updates what is remembered of a file whose passages stay as they are (touched, same content).</summary>
    void Remember(IndexedFile file);

    /// <summary>Removes every passage of the file at <paramref name="path"/>, and forgets the file.</summary>
    void RemoveFile(string path);

    /// <summary>The files the index holds, by full path, as of the last call (committed or not).</summary>
    IReadOnlyDictionary<string, IndexedFile> Files { get; }

    /// <summary>
    /// What the passages were built with (reader version, passage length): when a run's settings differ, every file
    /// is read again. Empty for an index that has not recorded any.
    /// </summary>
    string BuildSettings { get; set; }

    /// <summary>Makes all changes durable and visible to new searchers, atomically with <see cref="Files"/>.</summary>
    void Commit();

    /// <summary>Passages in the index, counting those committed and those pending.</summary>
    int PassageCount { get; }
}
