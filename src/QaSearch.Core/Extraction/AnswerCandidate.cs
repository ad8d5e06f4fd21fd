using QaSearch.Core.Retrieval;

namespace QaSearch.Core.Extraction;

/// <summary>A span of a retrieved passage that might answer the question.</summary>
/// <param name="Source">The retrieved passage the span is in.</param>
/// <param name="Span">Character range in the passage text.</param>
/// <param name="Type">The type of the span (Entity when unknown).</param>
/// <param name="Kind">How it was found.</param>
/// <param name="Sentence">Character range of the sentence (or field line) holding the span, in the passage text.</param>
/// <param name="FieldMatch">For field values, how well the field's key matches what is asked, in [0, 1]; else 0.</param>
public sealed record AnswerCandidate(
    RetrievedPassage Source,
    TextSpan Span,
    AnswerType Type,
    CandidateKind Kind,
    TextSpan Sentence,
    double FieldMatch)
{
    /// <summary>
    /// The span whose words count as the candidate's context for features: the sentence, or for a field value the
    /// whole record it belongs to (in a record every line is about the record's subject, as a sentence is about its own).
    /// </summary>
    public TextSpan Context { get; init; } = Sentence;

    /// <summary>The candidate's text.</summary>
    public string Text => Span.Of(Source.Passage.Text);
}
