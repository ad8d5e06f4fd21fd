namespace QaSearch.Core;

/// <summary>
/// A few sentences of one document: the unit that is indexed, retrieved and read for answers.
/// </summary>
/// <param name="Id">Unique and stable: <c>{DocId}#{Ordinal}</c>.</param>
/// <param name="DocId">Id of the document the passage belongs to.</param>
/// <param name="Path">Full path of the source file.</param>
/// <param name="Title">Title of the document ("" when it has none).</param>
/// <param name="Text">The passage text, equal to the document text between <see cref="Start"/> and <see cref="End"/>.</param>
/// <param name="Start">Character offset of the passage's first character in the document text.</param>
/// <param name="End">Character offset just after the passage's last character.</param>
/// <param name="Ordinal">Position of the passage in its document, from 0.</param>
public sealed record Passage(
    string Id,
    string DocId,
    string Path,
    string Title,
    string Text,
    int Start,
    int End,
    int Ordinal)
{
    /// <summary>Builds the passage id used everywhere for a document id and ordinal.</summary>
    public static string MakeId(string docId, int ordinal) => $"{docId}#{ordinal}";
}
