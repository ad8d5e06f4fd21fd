using QaSearch.Core.Extraction;
using QaSearch.Core.Records;
using QaSearch.Core.Retrieval;

namespace QaSearch.Core.Answering;

/// <summary>
/// Joins a retriever and an extractor: retrieve the top passages for a question, then read the answer out of
/// them. Built once and reused; immutable and thread-safe when its retriever is.
/// </summary>
public sealed class QaPipeline
{
    private readonly IRetriever _retriever;
    private readonly AnswerExtractor _extractor;
    private readonly int _passages;
    private readonly RecordAggregator? _aggregator;

    /// <param name="retriever">Where passages come from.</param>
    /// <param name="extractor">What reads the answer.</param>
    /// <param name="passages">How many passages the extractor reads per question (default 10).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="passages"/> is not positive.</exception>
    public QaPipeline(IRetriever retriever, AnswerExtractor extractor, int passages = 10)
    {
        ArgumentNullException.ThrowIfNull(retriever);
        ArgumentNullException.ThrowIfNull(extractor);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(passages);
        (_retriever, _extractor, _passages) = (retriever, extractor, passages);
        // An index that knows its records answers counts and superlatives over all of them.
        if (retriever is IRecordSource records) _aggregator = new RecordAggregator(records, extractor.Lexicon);
    }

    /// <summary>
    /// Answers <paramref name="question"/> as <see cref="Ask"/> does, and shows the work: the top
    /// <paramref name="depth"/> retrieved passages (of which the extractor reads its usual number) and every candidate
    /// with its features. What evaluation and training measure, so that they measure exactly what users run.
    /// </summary>
    /// <param name="question">The question.</param>
    /// <param name="depth">How many passages to retrieve and return (at least the number the extractor reads).</param>
    public PipelineTrace Explain(string question, int depth)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(depth);
        if (!HasWords(question))
            return new PipelineTrace([], new ExtractionTrace(new Answer(question, null, 0, null, null, null, []), []));
        var retrieved = _retriever.Retrieve(question, Math.Max(depth, Pool(_passages)));
        var trace = _extractor.Trace(question, retrieved.Take(Pool(_passages)).ToList(), read: _passages);
        trace = trace with { Answer = Locate(Aggregate(question, null) ?? trace.Answer) };
        return new PipelineTrace(retrieved, trace);
    }

    /// <summary>How many passages to retrieve for the extractor to read <paramref name="read"/> of them: half as many again.</summary>
    private static int Pool(int read) => read + read / 2;

    /// <summary>Whether <paramref name="question"/> has anything to answer: at least one letter or digit.</summary>
    public static bool HasWords(string question) => question.Any(char.IsLetterOrDigit);

    /// <summary>Answers one question. A question without a word (blank, or only punctuation) gets "no answer".</summary>
    /// <param name="question">The question, in plain English.</param>
    /// <param name="minConfidence">Overrides the extractor's threshold for this call.</param>
    /// <param name="passages">Overrides how many passages the extractor reads, for this call.</param>
    public Answer Ask(string question, double? minConfidence = null, int? passages = null)
    {
        if (passages is { } count) ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        ArgumentNullException.ThrowIfNull(question);
        if (!HasWords(question))
            return new Answer(question, null, 0, null, null, null, []);
        // 0. Over records: a count or a most/least that no single passage states.
        if (Aggregate(question, minConfidence) is { } aggregated) return Locate(aggregated);
        // 1. Retrieve: BM25 over passages, best first.
        var read = passages ?? _passages;
        var retrieved = _retriever.Retrieve(question, Pool(read));
        // 2. Read: the extractor picks the passages that hold most of what is asked, then proposes, scores and picks a span (or none).
        return Locate(_extractor.Extract(question, retrieved, minConfidence, read));
    }

    /// <summary>
    /// Adds where the answer stands as people say it (a page, a slide, a sheet's row and column, a message), for the formats
    /// whose readers mark it; from the answer's passage, or the whole document when the marker stands before it.
    /// </summary>
    private Answer Locate(Answer answer)
    {
        if (answer.Source is not { } source || answer.Passage is not { } passage || !SourceLocation.Applies(source.DocId)) return answer;
        var within = source.Start - passage.Start;
        if (within < 0 || within > passage.Text.Length) return answer;
        var location = SourceLocation.NeedsWholeDocument(source.DocId) ? null : SourceLocation.Describe(source.DocId, passage.Text[..within], passage.Text);
        if (location is null && _retriever is IDocumentStore store && store.Document(source.DocId) is { Count: > 0 } document)
        {
            var whole = Passage.WholeText(document);
            var at = Math.Clamp(source.Start - document[0].Start, 0, whole.Length);
            location = SourceLocation.Describe(source.DocId, whole[..at], whole);
        }
        return location is null ? answer : answer with { Source = source with { Location = location } };
    }

    /// <summary>The answer computed over the index's records, or null when the question is not one over records.</summary>
    private Answer? Aggregate(string question, double? minConfidence)
    {
        if (_aggregator?.Answer(question) is not { } aggregation || aggregation.Confidence < (minConfidence ?? _extractor.MinConfidence)) return null;
        var record = aggregation.Evidence[0];
        var field = aggregation.Query.Select ?? aggregation.Query.GroupBy;
        var span = field is not null && record.Field(field) is { } value ? value.Span : record.Span;
        var passage = record.Passage;
        var evidence = new AnswerEvidence(record.Text, new TextSpan(span.Start - record.Span.Start, span.End - record.Span.Start));
        return new Answer(question, aggregation.Value, aggregation.Confidence, new AnswerSource(passage.Path, passage.DocId, passage.Start + span.Start, passage.Start + span.End),
            passage, evidence, []) { Aggregation = aggregation };
    }
}
