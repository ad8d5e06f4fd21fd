namespace QaSearch.Core;

/// <summary>
/// One document as read from the corpus: its extracted plain text and where it came from.
/// Passages and answers carry character offsets into <see cref="Text"/>.
/// </summary>
/// <param name="DocId">Stable id: the BEIR <c>_id</c> of a JSON Lines record, else the path relative to the indexed root.</param>
/// <param name="Path">Full path of the file the document was read from.</param>
/// <param name="Title">Title if the format has one (HTML title, Markdown heading, JSON title, file name otherwise).</param>
/// <param name="Text">The extracted plain text.</param>
/// <param name="Records">When set, each span is a short record (a CSV row, a JSON object) that becomes one whole passage.</param>
/// <param name="Question">The question of a question file, if the document is one.</param>
public sealed record SourceDocument(
    string DocId,
    string Path,
    string Title,
    string Text,
    IReadOnlyList<TextSpan>? Records = null,
    string? Question = null);
