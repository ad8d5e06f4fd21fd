using System.Globalization;
using Sylvan.Data.Csv;

namespace QaSearch.Core.Corpus;

/// <summary>
/// CSV and TSV through Sylvan.Data.Csv (RFC 4180: quoted fields, doubled quotes, line breaks inside quotes), with
/// the delimiter sniffed from the first line (<c>,</c> <c>;</c> tab <c>|</c>; tab for .tsv). Each data row becomes
/// one record passage of <c>Header: value</c> lines. The first row is the header unless it looks like data (a number,
/// a date, an e-mail address or a URL among its cells, an empty cell, or a value that its column repeats below):
/// then every row is data and the fields are named <c>Column 1</c>, <c>Column 2</c>, ….
/// </summary>
internal sealed class DelimitedReader : IDocumentReader
{
    public IReadOnlyCollection<string> Extensions { get; } = [".csv", ".tsv"];

    public IReadOnlyList<SourceDocument> Read(CorpusFile file, byte[] content, IList<string> warnings)
    {
        var rows = Parse(TextDecoding.Decode(content, warnings), file.Extension == ".tsv" ? '\t' : null);
        if (rows.Count == 0)
            throw new CorpusFormatException("no rows");
        var hasHeader = rows.Count > 1 && LooksLikeHeader(rows);
        if (!hasHeader && rows.Count > 1) warnings.Add("the first row looks like data, not a header; fields are named Column 1, Column 2, …");
        var width = rows.Max(r => r.Count);
        var header = Enumerable.Range(0, width)
            .Select(i => hasHeader && i < rows[0].Count && rows[0][i].Trim() is { Length: > 0 } name ? name : $"Column {i + 1}").ToArray();
        var builder = new RecordTextBuilder();
        for (var r = hasHeader ? 1 : 0; r < rows.Count; r++)
        {
            var row = rows[r];
            if (hasHeader && row.Count != rows[0].Count)
                warnings.Add($"row {r + 1} has {row.Count} fields where the header has {rows[0].Count}");
            for (var c = 0; c < row.Count; c++)
                builder.AddField(header[c], row[c]);
            builder.EndRecord();
        }
        if (builder.IsEmpty)
            throw new CorpusFormatException("every data row is empty");
        return [new SourceDocument(file.RelativePath, file.FullPath, PlainTextReader.TitleOf(file), builder.Text, builder.Records)];
    }

    /// <summary>Splits delimited text into rows of fields (the delimiter sniffed when null); empty lines are dropped.</summary>
    /// <exception cref="CorpusFormatException">The text is not valid delimited text (a quoted field never closed).</exception>
    public static List<List<string>> Parse(string text, char? delimiter = null)
    {
        var rows = new List<List<string>>();
        var options = new CsvDataReaderOptions { HasHeaders = false, Delimiter = delimiter, ResultSetMode = ResultSetMode.SingleResult };
        try
        {
            using var csv = CsvDataReader.Create(new StringReader(text), options);
            while (csv.Read())
            {
                var row = Enumerable.Range(0, csv.RowFieldCount).Select(i => csv.GetString(i)).ToList();
                if (row.Count > 1 || (row.Count == 1 && row[0].Length > 0)) rows.Add(row);
            }
        }
        catch (CsvFormatException e)
        {
            throw new CorpusFormatException($"not valid delimited text: {e.Message} (row {e.RowNumber})", e);
        }
        return rows;
    }

    /// <summary>Whether the first row names the columns rather than holding the first record.</summary>
    private static bool LooksLikeHeader(List<List<string>> rows)
    {
        var first = rows[0];
        if (first.Any(c => c.Trim().Length == 0 || IsValueLike(c.Trim()))) return false;
        // A column that repeats its first cell below holds values, not a name ("Fall 2023" on every row).
        var below = rows.Skip(1).Take(200).ToList();
        return !first.Select((cell, i) => below.Any(r => i < r.Count && string.Equals(r[i].Trim(), cell.Trim(), StringComparison.OrdinalIgnoreCase))).Any(repeated => repeated);
    }

    private static bool IsValueLike(string cell) =>
        double.TryParse(cell, NumberStyles.Any, CultureInfo.InvariantCulture, out _)
        || DateTime.TryParse(cell, CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
        || cell.Contains('@') || cell.Contains("://", StringComparison.Ordinal);
}
