namespace QaSearch.Core;

/// <summary>Reads a sequence of character pieces as one text.</summary>
public sealed class TextPartsReader(IEnumerable<ReadOnlyMemory<char>> parts) : TextReader
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
