using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using QaSearch.Core;

namespace QaSearch.Lucene;

/// <summary>Reads back what <see cref="LuceneIndexer"/> stores: whole passages, and the document id of a hit.</summary>
internal static class StoredPassages
{
    /// <summary>
    /// The passage of Lucene document <paramref name="doc"/>: from its <see cref="PassageFields.PassageRecord"/> doc value
    /// when it has one, else from its stored fields.
    /// </summary>
    public static Passage Read(IndexReader reader, int doc)
    {
        var leaf = reader.Leaves[ReaderUtil.SubIndex(doc, reader.Leaves)];
        var records = ((AtomicReader)leaf.Reader).GetBinaryDocValues(PassageFields.PassageRecord);
        if (records is not null)
        {
            var bytes = new BytesRef();
            records.Get(doc - leaf.DocBase, bytes);
            if (bytes.Length > 0) return PassageRecordCodec.Decode(bytes.Bytes, bytes.Offset, bytes.Length);
        }
        return Read(reader.Document(doc));
    }

    /// <summary>The passage stored in a Lucene document's stored fields.</summary>
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
    /// The first <paramref name="top"/> of <paramref name="hits"/> (best first, as Lucene returns them) with hits tied in
    /// score at the cut chosen by their <paramref name="idField"/> value, lowest first, instead of by their order in the
    /// index. Ids are read (from the field cache) only when there is such a tie.
    /// </summary>
    public static ScoreDoc[] Cut(IndexReader reader, ScoreDoc[] hits, int top, string idField)
    {
        if (hits.Length <= top || hits[top - 1].Score != hits[top].Score) return hits.Length <= top ? hits : hits[..top];
        var boundary = hits[top - 1].Score;
        var above = hits.TakeWhile(h => h.Score > boundary).ToList();
        var tied = hits.Where(h => h.Score == boundary).OrderBy(h => Term(reader, h.Doc, idField), StringComparer.Ordinal);
        return [.. above, .. tied.Take(top - above.Count)];
    }

    /// <summary>
    /// The live Lucene document of each passage id found (ids not in the index are left out), looked up in the id
    /// field's postings with one terms enum per segment: a query per id cost most of an aggregation question's time.
    /// When an id is held twice, the lowest document wins, as a search's tie does.
    /// </summary>
    public static Dictionary<string, int> DocsById(IndexReader reader, IEnumerable<string> ids)
    {
        var wanted = ids.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var found = new Dictionary<string, int>(StringComparer.Ordinal);
        DocsEnum? docs = null;
        foreach (var leaf in reader.Leaves)
        {
            var atomic = (AtomicReader)leaf.Reader;
            if (atomic.GetTerms(PassageFields.Id) is not { } terms) continue;
            var termsEnum = terms.GetEnumerator();
            foreach (var id in wanted)
            {
                if (found.ContainsKey(id) || !termsEnum.SeekExact(new BytesRef(id))) continue;
                docs = termsEnum.Docs(atomic.LiveDocs, docs, DocsFlags.NONE);
                if (docs.NextDoc() is var doc && doc != DocIdSetIterator.NO_MORE_DOCS) found[id] = leaf.DocBase + doc;
            }
        }
        return found;
    }

    /// <summary>
    /// The document id of the Lucene document <paramref name="doc"/>, read from the field cache (built once per index
    /// segment) rather than from stored fields, which would decompress a block of passage texts for each hit.
    /// </summary>
    public static string DocId(IndexReader reader, int doc) => Term(reader, doc, PassageFields.DocId);

    /// <summary>The value of the single-term field <paramref name="field"/> of document <paramref name="doc"/>, from the field cache.</summary>
    private static string Term(IndexReader reader, int doc, string field)
    {
        var leaf = reader.Leaves[ReaderUtil.SubIndex(doc, reader.Leaves)];
        var ids = FieldCache.DEFAULT.GetTerms((AtomicReader)leaf.Reader, field, false);
        var id = new BytesRef();
        ids.Get(doc - leaf.DocBase, id);
        return id.Utf8ToString();
    }
}
