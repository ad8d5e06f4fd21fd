namespace QaSearch.Lucene;

/// <summary>
/// Passes a field's text through to the tokenizer unchanged, keeping the last <see cref="Window"/> characters read, so
/// that a token filter can see what stood between two tokens (a space, or a line break) though tokens carry only their
/// offsets. The tokenizer reads a few thousand characters ahead of the token it emits; the window is wider than that,
/// and a character that has left it is reported unknown. One instance serves each text an analyzer's components read
/// in turn (<see cref="Reset"/>), so the window is allocated once per thread.
/// </summary>
internal sealed class RecentTextReader : TextReader
{
    /// <summary>Characters kept: a power of two, well above the standard tokenizer's read-ahead (4,096).</summary>
    public const int Window = 1 << 15;

    private readonly char[] _recent = new char[Window];
    private TextReader _inner = Null;
    private long _read; // characters read so far: the offset of the next one

    /// <summary>Starts on the next text.</summary>
    public RecentTextReader Reset(TextReader inner)
    {
        _inner = inner;
        _read = 0;
        return this;
    }

    /// <summary>The character at <paramref name="offset"/> of the text, or null when it is not read yet or has left the window.</summary>
    public char? At(long offset) => offset >= 0 && offset < _read && offset >= _read - Window ? _recent[offset & (Window - 1)] : null;

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<char> buffer)
    {
        var n = _inner.Read(buffer);
        foreach (var c in buffer[..Math.Max(0, n)])
            _recent[_read++ & (Window - 1)] = c;
        return n;
    }

    public override int Read()
    {
        var c = _inner.Read();
        if (c >= 0) _recent[_read++ & (Window - 1)] = (char)c;
        return c;
    }

    public override int Peek() => _inner.Peek();

    protected override void Dispose(bool disposing)
    {
        // The tokenizer closes its reader after each text: that text's reader is done with; this one is used again.
        if (disposing) _inner.Dispose();
        _inner = Null;
    }
}
