namespace QaSearch.Core.Corpus;

/// <summary>
/// Splits a document into passages of a few sentences, paragraph-aware and with a small overlap, keeping each
/// passage's character offsets into the document text. A document short enough for one passage, and each record
/// of a record document, stays whole. Immutable and thread-safe.
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
        if (document.Records is not { Count: > 0 } records) return SplitRange(document.Text, new TextSpan(0, document.Text.Length));
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

    /// <summary>Passage spans over a range: sentences grouped up to the target length.</summary>
    internal List<TextSpan> SplitRange(string text, TextSpan range)
    {
        // Filled by a loop, not LINQ's ToList: that builds a large list in pooled arrays, which the pool then keeps.
        var sentences = new List<TextSpan>();
        foreach (var sentence in SentenceSplitter.Split(text, range))
            CutLong(text, sentence, sentences);
        var passages = new List<TextSpan>();
        if (sentences.Count == 0) return passages;
        if (sentences[^1].End - sentences[0].Start <= _options.TargetChars)
            return [new TextSpan(sentences[0].Start, sentences[^1].End)];

        var first = 0;
        for (var i = 1; i <= sentences.Count; i++)
        {
            var atEnd = i == sentences.Count;
            var length = atEnd ? 0 : sentences[i].End - sentences[first].Start;
            var paragraphBreak = !atEnd && IsParagraphBreak(text, sentences[i - 1].End, sentences[i].Start);
            var currentLength = sentences[i - 1].End - sentences[first].Start;
            var close = atEnd || length > _options.TargetChars || (paragraphBreak && currentLength >= _options.TargetChars / 2);
            if (!close) continue;
            passages.Add(new TextSpan(sentences[first].Start, sentences[i - 1].End));
            if (atEnd) break;
            // Overlap within a paragraph only, and never so much that the next passage would repeat this one.
            var overlap = paragraphBreak ? 0 : Math.Min(_options.OverlapSentences, i - first - 1);
            while (overlap > 0 && sentences[i].End - sentences[i - overlap].Start > _options.MaxChars) overlap--;
            first = i - overlap;
        }
        return passages;
    }

    /// <summary>A sentence longer than the maximum (a 50 MB single line) is cut at white space.</summary>
    private void CutLong(string text, TextSpan sentence, List<TextSpan> into)
    {
        var start = sentence.Start;
        while (sentence.End - start > _options.MaxChars)
        {
            var limit = start + _options.MaxChars;
            var cut = text.LastIndexOf(' ', limit - 1, _options.MaxChars / 2);
            if (cut <= start) cut = limit;
            into.Add(new TextSpan(start, cut));
            start = cut;
            while (start < sentence.End && char.IsWhiteSpace(text[start])) start++;
        }
        if (sentence.End > start) into.Add(new TextSpan(start, sentence.End));
    }

    private static bool IsParagraphBreak(string text, int from, int to) =>
        text.AsSpan(from, to - from).Count('\n') >= 2;
}
