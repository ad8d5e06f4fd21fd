namespace QaSearch.Core.Records;

/// <summary>
/// An index that knows which documents hold records with which fields, so that a question over many records ("the
/// most cited …", "how many courses …") reads all of them, not only the best few passages by BM25.
/// </summary>
public interface IRecordSource
{
    /// <summary>Changes whenever the index's content does (a commit seen by a refresh): what was read before may be stale.</summary>
    long Version { get; }

    /// <summary>The normalised field names (<see cref="DataRecord.NameOf"/>) of the index's records, each with how many passages hold it.</summary>
    IReadOnlyDictionary<string, int> FieldNames();

    /// <summary>
    /// The documents with a record field of this normalised name, ordered by id: not in index order, which parallel
    /// indexing does not fix, so that an answer listing records is the same after every build.
    /// </summary>
    IReadOnlyList<string> DocumentsWithField(string name);

    /// <summary>
    /// The <paramref name="top"/> passages holding records that best match <paramref name="query"/> (BM25), each
    /// with the passage before and after it, in document order.
    /// </summary>
    IReadOnlyList<Passage> PassagesMatching(string query, int top);

    /// <summary>
    /// The passages of document <paramref name="docId"/> that hold records, with the passage before and after each
    /// (a record the splitter cut between two passages is read whole from them), in order.
    /// </summary>
    IReadOnlyList<Passage> RecordPassages(string docId);
}
