namespace QaSearch.Core.Retrieval;

/// <summary>A writable passage index. Not thread-safe; dispose to release the index lock.</summary>
public interface IPassageIndex : IDisposable
{
    /// <summary>Replaces everything indexed from the file at <paramref name="path"/> with <paramref name="passages"/>:
    /// indexing a file again never duplicates its passages.</summary>
    void ReplaceFile(string path, IEnumerable<Passage> passages);

    /// <summary>Makes all changes durable and visible to new searchers.</summary>
    void Commit();

    /// <summary>Passages in the index, counting those committed and those pending.</summary>
    int PassageCount { get; }
}
