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

    /// <summary>
    /// <see cref="WholeText"/> as a reader, for an indexer that analyses a large document without building its text
    /// again: the parts are read from the passages' own strings. <paramref name="title"/>, when not empty, comes first
    /// on a line of its own.
    /// </summary>
    public static TextReader WholeTextReader(string title, IReadOnlyList<Passage> passages)
    {
        IEnumerable<ReadOnlyMemory<char>> parts = WholeTextParts(passages);
        if (title.Length > 0) parts = parts.Prepend((title + "\n").AsMemory());
        return new PartsReader(parts);
    }

    /// <summary>The pieces of the document's text, in order: each passage's text past the overlap, and any line break between.</summary>
    private static IEnumerable<ReadOnlyMemory<char>> WholeTextParts(IReadOnlyList<Passage> passages)
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

    /// <summary>Reads a sequence of character pieces as one text.</summary>
    private sealed class PartsReader(IEnumerable<ReadOnlyMemory<char>> parts) : TextReader
    {
        private readonly IEnumerator<ReadOnlyMemory<char>> _parts = parts.GetEnumerator();
        private ReadOnlyMemory<char> _current = ReadOnlyMemory<char>.Empty;

        public override int Peek() => Fill() ? _current.Span[0] : -1;

        public override int Read()
        {
            if (!Fill()) return -1;
            var c = _current.Span[0];
            _current = _current[1..];
            return c;
        }

        public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

        public override int Read(Span<char> buffer)
        {
            var read = 0;
            while (read < buffer.Length && Fill())
            {
                var n = Math.Min(buffer.Length - read, _current.Length);
                _current.Span[..n].CopyTo(buffer[read..]);
                _current = _current[n..];
                read += n;
            }
            return read;
        }

        /// <summary>Moves to the next non-empty piece when the current one is used up; false at the end.</summary>
        private bool Fill()
        {
            while (_current.IsEmpty)
            {
                if (!_parts.MoveNext()) return false;
                _current = _parts.Current;
            }
            return true;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing) _parts.Dispose();
            base.Dispose(disposing);
        }
    }
}
