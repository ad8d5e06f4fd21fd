using System.Text;
using System.Text.RegularExpressions;

namespace QaSearch.Core.Corpus;

/// <summary>
/// Builds the text of a document made of short records (CSV rows, JSON objects): each record is written as
/// <c>Key: value</c> lines, records are separated by an empty line, and each record's span is kept so that it
/// becomes one whole passage.
/// </summary>
internal sealed partial class RecordTextBuilder
{
    private readonly StringBuilder _text = new();
    private readonly List<TextSpan> _records = [];
    private int _recordStart = -1;

    /// <summary>
    /// Adds one <c>Key: value</c> line to the current record, opening a record if none is open. A value's line breaks
    /// (an abstract's paragraphs, a multi-line CSV cell) become spaces: a record is read back from its lines, and a
    /// value that ran on past its line would cut the record in two.
    /// </summary>
    public void AddField(string key, string value)
    {
        value = value.Trim();
        if (value.Length == 0) return;
        if (value.AsSpan().IndexOfAny('\n', '\r') >= 0) value = LineBreaks().Replace(value, " ");
        if (_recordStart < 0)
        {
            if (_text.Length > 0) _text.Append("\n\n");
            _recordStart = _text.Length;
        }
        else
        {
            _text.Append('\n');
        }
        _text.Append(key.Length == 0 ? value : $"{key}: {value}");
    }

    /// <summary>Closes the current record, if any field was added to it.</summary>
    public void EndRecord()
    {
        if (_recordStart < 0) return;
        _records.Add(new TextSpan(_recordStart, _text.Length));
        _recordStart = -1;
    }

    public bool IsEmpty => _records.Count == 0 && _recordStart < 0;

    public string Text => _text.ToString();

    public IReadOnlyList<TextSpan> Records
    {
        get
        {
            EndRecord();
            return _records;
        }
    }

    // A line break with the white space around it.
    [GeneratedRegex(@"[ \t]*[\r\n]\s*")]
    private static partial Regex LineBreaks();
}
