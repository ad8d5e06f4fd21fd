using System.Text;

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

    /// <summary>
    /// The document's text rebuilt from its passages, in order: where a passage overlaps the one before (its text is
    /// the document text between its offsets), the overlap is taken once; otherwise (a gap between records, or
    /// offsets that do not match the text) passages are joined by a line break.
    /// </summary>
    public static string WholeText(IReadOnlyList<Passage> passages)
    {
        if (passages.Count == 1) return passages[0].Text;
        var text = new StringBuilder();
        foreach (var part in WholeTextParts(passages)) text.Append(part.Span);
        return text.ToString();
    }

    /// <summary>The pieces of the document's text, in order: each passage's text past the overlap, and any line break between.</summary>
    internal static IEnumerable<ReadOnlyMemory<char>> WholeTextParts(IReadOnlyList<Passage> passages)
    {
        int? covered = null;
        var written = false;
        foreach (var passage in passages)
        {
            var exact = passage.Text.Length == passage.End - passage.Start;
            var overlap = covered - passage.Start;
            if (exact && overlap is >= 0 && overlap <= passage.Text.Length)
            {
                yield return passage.Text.AsMemory(overlap.Value);
                written |= passage.Text.Length > overlap.Value;
            }
            else
            {
                if (written) yield return "\n".AsMemory();
                yield return passage.Text.AsMemory();
                written |= passage.Text.Length > 0;
            }
            // After a passage whose offsets do not match its text, the next cannot be placed against it.
            covered = exact ? passage.End : int.MinValue;
        }
    }
}
