namespace QaSearch.Core.Corpus;

/// <summary>
/// Splits a document into passages of a few sentences, paragraph-aware and with a small overlap, keeping each
/// passage's character offsets into the document text. A document short enough for one passage, each record of a
/// record document, and each record of a question file's context stay whole. Immutable and thread-safe.
/// </summary>
public sealed class PassageSplitter
{
    private readonly SplitterOptions _options;

    public PassageSplitter(SplitterOptions? options = null)
    {
        _options = options ?? new SplitterOptions();
        _options.Validate();
    }

    /// <summary>The sizes it splits to.</summary>
    public SplitterOptions Options => _options;

    /// <summary>The passages of <paramref name="document"/>, in document order.</summary>
    public IReadOnlyList<Passage> Split(SourceDocument document)
    {
        var passages = new List<Passage>();
        foreach (var passage in Stream(document)) passages.Add(passage);
        return passages;
    }

    /// <summary>
    /// The passages of <paramref name="document"/> in document order, made one at a time as they are taken: an indexer
    /// writing them as they come never holds a large document's passages all at once (only their offsets).
    /// </summary>
    public IEnumerable<Passage> Stream(SourceDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Make(document, Spans(document));
    }

    /// <summary>Where the passages of <paramref name="document"/> lie: each record whole (split when too long), or the text split.</summary>
    private List<TextSpan> Spans(SourceDocument document)
    {
        var whole = new TextSpan(0, document.Text.Length);
        // A question file's context runs records cut by someone else together with prose: a record there is kept whole
        // in one passage, so a course's name stays with its instructors.
        if (document.Question is not null) return SplitRange(document.Text, whole, FieldBlocks(document.Text));
        if (document.Records is not { Count: > 0 } records) return SplitRange(document.Text, whole);
        var spans = new List<TextSpan>();
        foreach (var record in records)
        {
            if (record.Length <= _options.MaxRecordChars) spans.Add(record);
            else spans.AddRange(SplitRange(document.Text, record));
        }
        return spans;
    }

    private static IEnumerable<Passage> Make(SourceDocument document, List<TextSpan> spans)
    {
        for (var ordinal = 0; ordinal < spans.Count; ordinal++)
        {
            var span = spans[ordinal];
            yield return new Passage(Passage.MakeId(document.DocId, ordinal), document.DocId, document.Path, document.Title,
                span.Of(document.Text), span.Start, span.End, ordinal);
        }
    }

    /// <summary>
    /// Passage spans over a range: sentences grouped up to the target length. The sentences are taken as they are
    /// found, and only those of the passage being built are held: a 12.7 MB PostScript file of two million short
    /// lines held two lists of two million sentences (80 MB at their peak), and ran out of memory under the heap limit.
    /// </summary>
    /// <param name="text">The document text.</param>
    /// <param name="range">The part of it to split.</param>
    /// <param name="blocks">Records in order, each taken as one sentence up to <see cref="SplitterOptions.MaxRecordChars"/>.</param>
    internal List<TextSpan> SplitRange(string text, TextSpan range, IReadOnlyList<TextSpan>? blocks = null)
    {
        var passages = new List<TextSpan>();
        var open = new List<TextSpan>(); // the sentences of the passage being built, from its first to the last one seen
        var sentences = SentenceSplitter.Sentences(text, range);
        foreach (var (found, record) in blocks is { Count: > 0 } ? Units(sentences, blocks) : sentences.Select(s => (s, false)))
        {
            // A sentence longer than the maximum (a 50 MB single line) is cut at white space; a record is kept whole.
            var start = found.Start;
            while (!record && found.End - start > _options.MaxChars)
            {
                var limit = start + _options.MaxChars;
                var cut = text.LastIndexOf(' ', limit - 1, _options.MaxChars / 2);
                if (cut <= start) cut = limit;
                Take(new TextSpan(start, cut));
                start = cut;
                while (start < found.End && char.IsWhiteSpace(text[start])) start++;
            }
            if (found.End > start) Take(new TextSpan(start, found.End));
        }
        if (open.Count == 0) return passages;
        passages.Add(new TextSpan(open[0].Start, open[^1].End));
        // A range that fits in one passage stays whole, paragraph breaks and all.
        return passages.Count > 1 && passages[^1].End - passages[0].Start <= _options.TargetChars
            ? [new TextSpan(passages[0].Start, passages[^1].End)]
            : passages;

        void Take(TextSpan sentence)
        {
            if (open.Count > 0)
            {
                var paragraphBreak = IsParagraphBreak(text, open[^1].End, sentence.Start);
                var length = open[^1].End - open[0].Start;
                if (sentence.End - open[0].Start > _options.TargetChars || (paragraphBreak && length >= _options.TargetChars / 2))
                {
                    passages.Add(new TextSpan(open[0].Start, open[^1].End));
                    // Overlap within a paragraph only, and never so much that the next passage would repeat this one.
                    var overlap = paragraphBreak ? 0 : Math.Min(_options.OverlapSentences, open.Count - 1);
                    while (overlap > 0 && sentence.End - open[^overlap].Start > _options.MaxChars) overlap--;
                    open.RemoveRange(0, open.Count - overlap);
                }
            }
            open.Add(sentence);
        }
    }

    /// <summary>
    /// The sentences, those of one record merged into one (a record longer than <see cref="SplitterOptions.MaxRecordChars"/>
    /// keeps its sentences).
    /// </summary>
    private IEnumerable<(TextSpan Span, bool Record)> Units(IEnumerable<TextSpan> sentences, IReadOnlyList<TextSpan> blocks)
    {
        var b = 0;
        (TextSpan Span, bool Record)? unit = null;
        foreach (var sentence in sentences)
        {
            while (b < blocks.Count && blocks[b].End <= sentence.Start) b++;
            // A sentence that starts in a record belongs to it, though it may run on past the record's last line (a
            // long last field read on into the next line as wrapped prose).
            var inBlock = b < blocks.Count && blocks[b].Start <= sentence.Start && blocks[b].Length <= _options.MaxRecordChars;
            if (unit is { } u && inBlock && u.Span.Start >= blocks[b].Start && sentence.End - u.Span.Start <= _options.MaxRecordChars)
            {
                unit = (new TextSpan(u.Span.Start, sentence.End), true);
                continue;
            }
            if (unit is { } done) yield return done;
            unit = (sentence, inBlock && sentence.Length <= _options.MaxRecordChars);
        }
        if (unit is { } last) yield return last;
    }

    /// <summary>
    /// The records of <paramref name="text"/>: runs of <c>Key: value</c> lines, a key coming round again starting the
    /// next (<see cref="FieldLine.Records"/>), each with its heading line and closing tag (<see cref="FieldLine.Headed"/>).
    /// </summary>
    internal static List<TextSpan> FieldBlocks(string text) =>
        FieldLine.Headed(text, FieldLine.Records(text, FieldLine.Find(text), newAtRepeatedKey: true));

    private static bool IsParagraphBreak(string text, int from, int to) =>
        text.AsSpan(from, to - from).Count('\n') >= 2;
}
