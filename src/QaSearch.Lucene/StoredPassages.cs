using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using QaSearch.Core;

namespace QaSearch.Lucene;

/// <summary>Reads back what <see cref="LuceneIndexer"/> stores: whole passages, and the document id of a hit.</summary>
internal static class StoredPassages
{
    /// <summary>The passage stored in a Lucene document.</summary>
    public static Passage Read(Document document) => new(
        document.Get(PassageFields.Id),
        document.Get(PassageFields.DocId),
        document.Get(PassageFields.Path),
        document.Get(PassageFields.Title) ?? "",
        document.Get(PassageFields.Text),
        document.GetField(PassageFields.Start).GetInt32Value() ?? 0,
        document.GetField(PassageFields.End).GetInt32Value() ?? 0,
        document.GetField(PassageFields.Ordinal).GetInt32Value() ?? 0);

    /// <summary>
    /// The document id of the Lucene document <paramref name="doc"/>, read from the field cache (built once per index
    /// segment) rather than from stored fields, which would decompress a block of passage texts for each hit.
    /// </summary>
    public static string DocId(IndexReader reader, int doc)
    {
        var leaf = reader.Leaves[ReaderUtil.SubIndex(doc, reader.Leaves)];
        var ids = FieldCache.DEFAULT.GetTerms((AtomicReader)leaf.Reader, PassageFields.DocId, false);
        var id = new BytesRef();
        ids.Get(doc - leaf.DocBase, id);
        return id.Utf8ToString();
    }
}
