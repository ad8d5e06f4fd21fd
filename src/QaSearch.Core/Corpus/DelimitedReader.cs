namespace QaSearch.Core.Corpus;

/// <summary>
/// CSV (RFC 4180: quoted fields, doubled quotes, line breaks inside quotes) and TSV. The first row is the header;
/// each further row becomes one record passage of <c>Header: value</c> lines.
/// </summary>
internal sealed class DelimitedReader : IDocumentReader
{
    public IReadOnlyCollection<string> Extensions { get; } = [".csv", ".tsv"];

    public IReadOnlyList<SourceDocument> Read(CorpusFile file, byte[] content, IList<string> warnings)
    {
        var delimiter = file.Extension == ".tsv" ? '\t' : ',';
        var rows = Parse(TextDecoding.Decode(content, warnings), delimiter);
        if (rows.Count < 2)
            throw new CorpusFormatException("no data rows (the first row is read as the header)");
        var header = rows[0].Select((h, i) => h.Trim() is { Length: > 0 } name ? name : $"Column {i + 1}").ToArray();
        var builder = new RecordTextBuilder();
        for (var r = 1; r < rows.Count; r++)
        {
            var row = rows[r];
            if (row.Count != header.Length)
                warnings.Add($"row {r + 1} has {row.Count} fields where the header has {header.Length}");
            for (var c = 0; c < row.Count; c++)
                builder.AddField(c < header.Length ? header[c] : $"Column {c + 1}", row[c]);
            builder.EndRecord();
        }
        if (builder.IsEmpty)
            throw new CorpusFormatException("every data row is empty");
        var records = builder.Records;
        return [new SourceDocument(file.RelativePath, file.FullPath, PlainTextReader.TitleOf(file), builder.Text, records)];
    }

    /// <summary>Splits delimited text into rows of fields; empty lines are dropped.</summary>
    /// <exception cref="CorpusFormatException">A quoted field is never closed.</exception>
    public static List<List<string>> Parse(string text, char delimiter)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        var line = 1;
        var quoteLine = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else { if (c == '\n') line++; field.Append(c); }
                continue;
            }
            if (c == '"' && field.Length == 0) { quoted = true; quoteLine = line; }
            else if (c == delimiter) { row.Add(field.ToString()); field.Clear(); }
            else if (c == '\n' || c == '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                line++;
                EndRow();
            }
            else field.Append(c);
        }
        if (quoted)
            throw new CorpusFormatException($"a quoted field opened on line {quoteLine} is never closed");
        EndRow();
        return rows;

        void EndRow()
        {
            row.Add(field.ToString());
            field.Clear();
            if (row.Count > 1 || row[0].Length > 0) rows.Add(row);
            row = [];
        }
    }
}
