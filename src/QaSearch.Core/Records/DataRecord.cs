using System.Globalization;
using QaSearch.Core.Corpus;
using QaSearch.Core.Extraction;

namespace QaSearch.Core.Records;

/// <summary>One field of a record: its key as written, its normalised name ("citationCount" → "citation count"), and its value.</summary>
/// <param name="Key">The key as written.</param>
/// <param name="Name">Lower-case words of the key, split at camel case and underscores.</param>
/// <param name="Value">The value's text.</param>
/// <param name="Span">The value's range in the passage text.</param>
public sealed record RecordField(string Key, string Name, string Value, TextSpan Span)
{
    /// <summary>The value as a number, when it is one ("7,517", "3.5"); null otherwise.</summary>
    public double? Number =>
        double.TryParse(Value.Replace(",", "", StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out var n) ? n : null;

    /// <summary>The value as a truth value ("true", "yes"), or null.</summary>
    public bool? Truth => Value.Trim().ToLowerInvariant() switch
    {
        "true" or "yes" => true,
        "false" or "no" => false,
        _ => null,
    };

    /// <summary>The items of a list value ("A, B and C"), trimmed; the whole value when it is no list.</summary>
    public IReadOnlyList<string> Items => _items ??= Value.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .SelectMany(i => i.Split(" and ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();

    private IReadOnlyList<string>? _items;
}

/// <summary>
/// A record read from an indexed passage: a run of <c>Key: value</c> lines (a CSV or spreadsheet row, a JSON
/// object, a block of metadata), with its fields typed on demand and its place in the source.
/// </summary>
/// <param name="Passage">The passage it stands in (path, document and offsets).</param>
/// <param name="Span">Its range in the passage text.</param>
/// <param name="Fields">Its fields, in order.</param>
public sealed record DataRecord(Passage Passage, TextSpan Span, IReadOnlyList<RecordField> Fields)
{
    /// <summary>The first field with this normalised name, or null.</summary>
    public RecordField? Field(string name) => Fields.FirstOrDefault(f => f.Name == name);

    /// <summary>The record's text.</summary>
    public string Text => Span.Of(Passage.Text);

    /// <summary>The normalised name of a key: "authorCitationCount" → "author citation count", "Course Number" → "course number".</summary>
    public static string NameOf(string key) =>
        string.Join(' ', FieldSynonyms.SplitIdentifier(key).ToLowerInvariant().Split([' ', '.', '-', '/'], StringSplitOptions.RemoveEmptyEntries));

    /// <summary>
    /// The records of a passage: consecutive <c>Key: value</c> lines (at most one empty line apart, keys with no value
    /// between them allowed: <see cref="FieldLine.JoinsRecord"/>); a key seen again starts a new record. A record needs
    /// two fields.
    /// </summary>
    public static IReadOnlyList<DataRecord> Read(Passage passage)
    {
        var text = passage.Text;
        var records = new List<DataRecord>();
        var fields = new List<RecordField>();
        var start = -1;
        var end = -1;
        void Flush()
        {
            if (fields.Count >= 2) records.Add(new DataRecord(passage, new TextSpan(start, end), fields.ToList()));
            fields.Clear();
        }
        foreach (var line in FieldLine.Find(text))
        {
            var name = NameOf(line.Key);
            var gap = end >= 0 ? text.AsSpan(end, Math.Max(0, line.Line.Start - end)) : default;
            if (fields.Count > 0 && (!FieldLine.JoinsRecord(gap) || fields.Any(f => f.Name == name))) Flush();
            if (fields.Count == 0) start = line.Line.Start;
            fields.Add(new RecordField(line.Key, name, line.Value.Of(text), line.Value));
            end = line.Line.End;
        }
        Flush();
        return records;
    }
}
