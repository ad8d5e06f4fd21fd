using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using ExcelDataReader;
using ExcelDataReader.Exceptions;

namespace QaSearch.Core.Corpus;

/// <summary>
/// Workbooks (.xlsx, .xls, .xlsb) through ExcelDataReader: every sheet, each row a record whose field names come from
/// the sheet's header row (its first row, when every cell in it is text and the rows below hold other values; else
/// "Column A", "Column B", …). Each record also names its sheet and row, so an answer says where it stands. Dates are
/// shown as dates and formulas by their cached values; a sheet's page header and footer text is a record of its own.
/// An .xlsx that ExcelDataReader reads as empty or fails on is read again through OpenXml (<see cref="OpenXmlWorkbook"/>),
/// an .xls through NPOI (<see cref="HssfWorkbook"/>).
/// </summary>
internal sealed partial class SpreadsheetReader : IDocumentReader
{
    public IReadOnlyCollection<string> Extensions { get; } = [".xlsx", ".xlsm", ".xls", ".xlsb"];

    public IReadOnlyList<SourceDocument> Read(CorpusFile file, byte[] content, IList<string> warnings)
    {
        TextDecoding.EnsureCodePages(); // .xls text is in legacy code pages
        if (file.Extension != ".xls" && file.Extension != ".xlsb" && OfficeFile.IsCompound(content))
            throw new CorpusFormatException(OfficeFile.PasswordProtected);
        var builder = new RecordTextBuilder();
        void AddSheetAndMargins(string sheet, List<object?[]> rows, IEnumerable<string?> margins)
        {
            AddSheet(builder, sheet, rows);
            AddHeaderFooter(builder, sheet, margins);
        }

        Exception? failed = null;
        try
        {
            using var reader = ExcelReaderFactory.CreateReader(new MemoryStream(content));
            do
            {
                var rows = new List<object?[]>();
                while (reader.Read())
                {
                    var row = new object?[reader.FieldCount];
                    for (var c = 0; c < row.Length; c++) row[c] = reader.GetValue(c);
                    if (row.Any(v => v is not null && Cell(v).Length > 0)) rows.Add(row);
                }
                var h = reader.HeaderFooter;
                AddSheetAndMargins(reader.Name, rows, h is null ? [] : [h.FirstHeader, h.FirstFooter, h.OddHeader, h.OddFooter, h.EvenHeader, h.EvenFooter]);
            }
            while (reader.NextResult());
        }
        catch (InvalidPasswordException)
        {
            throw new CorpusFormatException(OfficeFile.PasswordProtected);
        }
        catch (Exception e)
        {
            // Nothing of a workbook read half-way is kept; a second library may read it whole.
            failed = e;
            builder = new RecordTextBuilder();
        }

        // A second library for what ExcelDataReader reads as empty or fails on: OpenXml opens Strict OOXML (purl.oclc.org
        // namespaces) and .xlsx files whose styles or layout it cannot parse; NPOI opens .xls streams whose string table it
        // rejects. When the second fails in one of the ways listed, ExcelDataReader's verdict (its failure, or an empty
        // workbook) is the reason given.
        (Action<byte[], Action<string, List<object?[]>, IEnumerable<string?>>>? Read, Func<Exception, bool> Tolerated) second = file.Extension switch
        {
            ".xlsx" or ".xlsm" => (OpenXmlWorkbook.Read, e => failed is not null && e is OpenXmlPackageException or InvalidDataException or IOException or FormatException),
            ".xls" => (HssfWorkbook.Read, e => e is not OutOfMemoryException),
            _ => (null, _ => false),
        };
        if (builder.IsEmpty && second.Read is not null)
        {
            try
            {
                second.Read(content, AddSheetAndMargins);
            }
            catch (Exception e) when (second.Tolerated(e))
            {
                // reported below
            }
        }
        if (builder.IsEmpty && failed is HeaderException or InvalidDataException)
            throw new CorpusFormatException($"not a readable workbook ({failed.Message})", failed);
        if (builder.IsEmpty && failed is not null) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failed);
        if (builder.IsEmpty) throw new CorpusFormatException("every sheet is empty");
        return [new SourceDocument(file.RelativePath, file.FullPath, PlainTextReader.TitleOf(file), builder.Text, builder.Records)];
    }

    internal static void AddSheet(RecordTextBuilder builder, string sheet, List<object?[]> rows)
    {
        if (rows.Count == 0) return;
        var width = rows.Max(r => r.Length);
        var hasHeader = rows.Count > 1 && IsHeader(rows[0], rows.Skip(1));
        var names = Enumerable.Range(0, width).Select(c => hasHeader && c < rows[0].Length && rows[0][c] is { } v && Cell(v) is { Length: > 0 } name ? name : $"Column {ColumnLetters(c)}").ToArray();
        for (var r = hasHeader ? 1 : 0; r < rows.Count; r++)
        {
            builder.AddField("Sheet", $"{sheet}, row {r + 1}");
            for (var c = 0; c < rows[r].Length; c++)
                if (rows[r][c] is { } value && Cell(value) is { Length: > 0 } text) builder.AddField(names[c], text);
            builder.EndRecord();
        }
    }

    /// <summary>The sheet's page headers and footers, as one record: "Sheet: Budget, page header" and the texts.</summary>
    private static void AddHeaderFooter(RecordTextBuilder builder, string sheet, IEnumerable<string?> margins)
    {
        var texts = margins.Select(m => HeaderFooterText(m ?? "")).Where(t => t.Length > 0).Distinct().ToList();
        if (texts.Count == 0) return;
        builder.AddField("Sheet", $"{sheet}, page header and footer");
        foreach (var text in texts) builder.AddField("Header or footer", text);
        builder.EndRecord();
    }

    /// <summary>
    /// Header or footer text without Excel's codes: section marks (&amp;L, &amp;C, &amp;R) become spaces; fields
    /// (&amp;P page, &amp;D date, …), fonts (&amp;"Arial,Bold") and sizes (&amp;12) go; "&amp;&amp;" is an ampersand.
    /// </summary>
    internal static string HeaderFooterText(string coded)
    {
        var text = HeaderFooterCode().Replace(coded, m => m.Value switch
        {
            "&&" => "&",
            "&L" or "&C" or "&R" => " ",
            _ => "",
        });
        return string.Join(' ', text.Split((char[])[' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
    }

    [System.Text.RegularExpressions.GeneratedRegex("&&|&\"[^\"]*\"|&\\d+|&[A-Za-z]")]
    private static partial System.Text.RegularExpressions.Regex HeaderFooterCode();

    /// <summary>A first row is a header when all its filled cells are text, at least two are filled, and some row below holds a number or date.</summary>
    private static bool IsHeader(object?[] first, IEnumerable<object?[]> rest)
    {
        var filled = first.Where(v => v is not null && Cell(v).Length > 0).ToList();
        return filled.Count >= 2 && filled.All(v => v is string s && !double.TryParse(s, NumberStyles.Any, CultureInfo.InvariantCulture, out _))
               && rest.Any(r => r.Any(v => v is double or int or long or DateTime or bool));
    }

    /// <summary>A cell as people read it: dates as dates (with the time when there is one), numbers without float noise.</summary>
    private static string Cell(object value) => value switch
    {
        DateTime d => d.TimeOfDay == TimeSpan.Zero ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : d.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        double x => x.ToString("0.##########", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString()?.Trim() ?? "",
    };

    private static string ColumnLetters(int index)
    {
        var letters = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26) letters = (char)('A' + (n - 1) % 26) + letters;
        return letters;
    }
}
