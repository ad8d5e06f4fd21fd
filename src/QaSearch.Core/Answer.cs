namespace QaSearch.Core;

/// <summary>
/// The answer to one question. "No answer" is a value (<see cref="Text"/> is null), never an exception.
/// </summary>
/// <param name="Question">The question as asked.</param>
/// <param name="Text">The answer span, or null when nothing supports an answer.</param>
/// <param name="Score">Confidence in [0, 1].</param>
/// <param name="Source">Where the span stands, or null with no answer.</param>
/// <param name="Passage">The passage the answer was read from (also set for a best guess below the threshold).</param>
/// <param name="Evidence">The sentence holding the span and the span's range inside it.</param>
/// <param name="Candidates">The best candidates, best first, with the features that scored them (for --explain).</param>
public sealed record Answer(
    string Question,
    string? Text,
    double Score,
    AnswerSource? Source,
    Passage? Passage,
    AnswerEvidence? Evidence,
    IReadOnlyList<ScoredCandidate> Candidates)
{
    /// <summary>True when an answer span was returned.</summary>
    public bool HasAnswer => Text is not null;

    /// <summary>
    /// The question as read, when some of its words were taken for misspellings of words its passages write ("How
    /// many studens …" read as "How many students …"); else null.
    /// </summary>
    public string? ReadAs { get; init; }

    /// <summary>When the answer was computed over records (a count, a most or least): the query and the records behind it; else null.</summary>
    public Records.Aggregation? Aggregation { get; init; }
}

/// <summary>Where an answer stands: file, document and character range in the document's text.</summary>
public sealed record AnswerSource(string Path, string DocId, int Start, int End)
{
    /// <summary>Where that is as people say it ("slide 3", "sheet Boats, row 2, column Length", "message "Re: tides" (2025-04-02 …)"), or null.</summary>
    public string? Location { get; init; }
}

/// <summary>The sentence that holds an answer, and the answer's range inside that sentence.</summary>
public sealed record AnswerEvidence(string Sentence, TextSpan Span);

/// <summary>One candidate span with its final score and the named features behind it.</summary>
public sealed record ScoredCandidate(string Text, double Score, string PassageId, IReadOnlyDictionary<string, double> Features);
