using QaSearch.Core;

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

    /// <summary>
    /// Passage text: stored only, and only for a passage too large for its <see cref="PassageRecord"/> (empty otherwise;
    /// indexes built before the record hold it for every passage). The answer is read from it and its offsets point into it.
    /// </summary>
    public const string Text = "text";

    /// <summary>Title and text, analysed and not stored: the one field BM25 scores, as Anserini's "contents".</summary>
    public const string Contents = "contents";

    /// <summary>
    /// The whole document (title and all its text), analysed and not stored, on the document's first passage only:
    /// what document rankings (<c>search --run</c>) score, so a document is scored as one text rather than by its best passage.
    /// </summary>
    public const string Document = "document";

    /// <summary>
    /// Marks a passage that carries a later section of a very large document in <see cref="Document"/> (value
    /// <see cref="ContinuedSection"/>), indexed whole, not stored: so that counting documents counts each once.
    /// </summary>
    public const string Section = "section";

    /// <summary>The one value of <see cref="Section"/>.</summary>
    public const string ContinuedSection = "continued";

    /// <summary>The document's title, analysed on its first passage only, for title weighting in document rankings.</summary>
    public const string DocumentTitle = "documenttitle";

    /// <summary>
    /// The normalised names of the record fields a passage holds ("citation count"), indexed whole, one value each,
    /// not stored: so that a question over records finds every record with a field, not only the best few by BM25.
    /// </summary>
    public const string RecordField = "recordfield";

    /// <summary>The <see cref="RecordField"/> value every passage with a record also carries, to search passages with records only.</summary>
    public const string AnyRecord = "*";

    /// <summary>
    /// The abbreviations a passage defines ("Master of Harbour Studies (MHS)"), each its long form and short form
    /// in one value (<see cref="AbbreviationTable.ValueOf"/>), indexed whole, not stored: read back as the index's own
    /// table of abbreviations (<see cref="AbbreviationTable"/>), each counted by the passages that define it.
    /// </summary>
    public const string Abbreviation = "abbreviation";

    /// <summary>What <see cref="Contents"/> and <see cref="Document"/> analyse: the title (if any) on a line of its own, then the text.</summary>
    public static string TitledText(string title, string text) => title.Length == 0 ? text : title + "\n" + text;

    /// <summary><see cref="TitledText"/> read from the text's pieces, for a document too large to build again.</summary>
    public static TextReader TitledReader(string title, IEnumerable<ReadOnlyMemory<char>> text) =>
        new TextPartsReader(title.Length == 0 ? text : text.Prepend((title + "\n").AsMemory()));

    /// <summary>Whether <paramref name="field"/> is carried by each document's first passage only (so BM25 counts documents, not passages, for it).</summary>
    public static bool IsWholeDocument(string field) => field is Document or DocumentTitle;

    /// <summary>
    /// The whole passage (id, document id, path, title, text, offsets, ordinal) in one binary doc value: read for each
    /// hit without decompressing a block of stored fields, which made a search 1.15× slower. The stored fields stay
    /// (for indexes built before this field, and with the text of a passage too large for a doc value).
    /// </summary>
    public const string PassageRecord = "passagerecord";

    /// <summary>Character offsets of the passage in its document, stored so answers map back to the file.</summary>
    public const string Start = "start";

    /// <summary>See <see cref="Start"/>.</summary>
    public const string End = "end";

    /// <summary>Position of the passage in its document, stored for display and ordering.</summary>
    public const string Ordinal = "ordinal";
}
