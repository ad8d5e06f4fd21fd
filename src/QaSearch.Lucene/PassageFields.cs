namespace QaSearch.Lucene;

/// <summary>The Lucene field names of a passage document, in one place. Each says why it is stored, indexed or tokenized.</summary>
public static class PassageFields
{
    /// <summary>Passage id (<c>docid#ordinal</c>): stored to rebuild the passage, not tokenized so ties can be broken by it.</summary>
    public const string Id = "id";

    /// <summary>Document id: stored for run files and answers, indexed whole so a document can be found by id.</summary>
    public const string DocId = "docid";

    /// <summary>Full source path: indexed whole so re-indexing a file deletes its old passages first.</summary>
    public const string Path = "path";

    /// <summary>Document title: stored for display, and analysed on its own so a query can weight title matches (field weighting).</summary>
    public const string Title = "title";

    /// <summary>Passage text: stored only; the answer is read from it and its offsets point into it.</summary>
    public const string Text = "text";

    /// <summary>Title and text, analysed and not stored: the one field BM25 scores, as Anserini's "contents".</summary>
    public const string Contents = "contents";

    /// <summary>Character offsets of the passage in its document, stored so answers map back to the file.</summary>
    public const string Start = "start";

    /// <summary>See <see cref="Start"/>.</summary>
    public const string End = "end";

    /// <summary>Position of the passage in its document, stored for display and ordering.</summary>
    public const string Ordinal = "ordinal";
}
