using QaSearch.Core.Corpus;

namespace QaSearch.Core;

/// <summary>
/// One document's passages as an index takes them: in order, possibly made one at a time as they are taken (so a
/// large document's passages are never all in memory at once), each with the text it opens for ranking documents as
/// wholes: the first passage opens the whole document. A document longer than <see cref="SectionChars"/>
/// is ranked by sections of about that length instead, each opened by its first passage, so that indexing it never
/// analyses more than a section at once.
/// </summary>
public sealed class DocumentPassages
{
    /// <summary>
    /// The length of text above which a document is ranked as wholes by sections. Lucene analyses a field in memory:
    /// a 12.7 MB PostScript manual as one field took 80 MB more at its peak.
    /// </summary>
    public const int SectionChars = 1 << 20;

    private readonly IEnumerable<Passage> _passages;
    private readonly Func<Passage, IEnumerable<ReadOnlyMemory<char>>?> _opens;

    private readonly IReadOnlyList<TextSpan> _records;

    private DocumentPassages(IEnumerable<Passage> passages, Func<Passage, IEnumerable<ReadOnlyMemory<char>>?> opens, IReadOnlyList<TextSpan>? records = null)
    {
        _passages = passages;
        _opens = opens;
        _records = records ?? [];
    }

    /// <summary>
    /// Whether <paramref name="passage"/> is a piece of one of the document's records: a record too long for one
    /// passage is split, and its middle pieces (a long abstract) may hold no <c>Key: value</c> line, yet belong to it.
    /// False for passages grouped after they were made (<see cref="Group"/>), whose records are not known.
    /// </summary>
    public bool InRecord(Passage passage)
    {
        ArgumentNullException.ThrowIfNull(passage);
        // Records are in text order and do not overlap: the last that starts at or before the passage is the only candidate.
        var (low, high) = (0, _records.Count);
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (_records[middle].Start <= passage.Start) low = middle + 1;
            else high = middle;
        }
        return low > 0 && _records[low - 1].Start <= passage.Start && passage.End <= _records[low - 1].End;
    }

    /// <summary>
    /// The passages in order, each with the pieces of the text it opens for ranking documents as wholes (read from
    /// strings already held, never built again; <see cref="TextPartsReader"/> reads them as one text), or null for a
    /// passage that opens none. Enumerate once.
    /// </summary>
    public IEnumerable<(Passage Passage, IEnumerable<ReadOnlyMemory<char>>? Whole)> Read()
    {
        foreach (var passage in _passages) yield return (passage, _opens(passage));
    }

    /// <summary><paramref name="document"/> split by <paramref name="splitter"/>, each passage made when it is taken.</summary>
    public static DocumentPassages Split(SourceDocument document, PassageSplitter splitter)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(splitter);
        var text = document.Text;
        var covered = -1; // the end of the last section opened
        return new DocumentPassages(splitter.Stream(document), passage =>
        {
            if (covered >= 0 && passage.Start < covered) return null;
            var start = Math.Max(covered, 0);
            covered = SectionEnd(text, start);
            if (covered <= passage.Start) covered = SectionEnd(text, passage.Start); // records far apart
            return [text.AsMemory(start, covered - start)];
        }, document.Records);
    }

    /// <summary>Where a section from <paramref name="from"/> ends: at the first line break <see cref="SectionChars"/> on, else the text's end.</summary>
    private static int SectionEnd(string text, int from)
    {
        if (text.Length - from <= SectionChars) return text.Length;
        var lineBreak = text.IndexOf('\n', from + SectionChars);
        return lineBreak < 0 ? text.Length : lineBreak + 1;
    }

    /// <summary>
    /// Passages already made, grouped into documents: each run of passages with the same document id is one, its
    /// whole text (never cut into sections) rebuilt from them (<see cref="Passage.WholeText"/>).
    /// </summary>
    public static IEnumerable<DocumentPassages> Group(IEnumerable<Passage> passages)
    {
        ArgumentNullException.ThrowIfNull(passages);
        var document = new List<Passage>();
        foreach (var passage in passages)
        {
            if (document.Count > 0 && passage.DocId != document[0].DocId)
            {
                yield return Of(document);
                document = [];
            }
            document.Add(passage);
        }
        if (document.Count > 0) yield return Of(document);
    }

    private static DocumentPassages Of(List<Passage> passages) =>
        new(passages, passage => ReferenceEquals(passage, passages[0]) ? Passage.WholeTextParts(passages) : null);
}
