using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace QaSearch.Core.Corpus;

/// <summary>
/// A workbook's sheets read through DocumentFormat.OpenXml, which opens what ExcelDataReader 3.6 reads as empty
/// (Strict OOXML) or fails on (a style it cannot parse, parts not where it looks for them): each cell as text (shared or
/// inline strings), number, date (by its number format) or true/false, and the sheet's page header and footer.
/// </summary>
internal static class OpenXmlWorkbook
{
    /// <summary>
    /// Calls <paramref name="onSheet"/> with each sheet's name, its rows of cell values (null for an empty cell), and
    /// its page headers and footers as Excel codes them (<see cref="SpreadsheetReader.HeaderFooterText"/>).
    /// </summary>
    public static void Read(byte[] content, Action<string, List<object?[]>, IEnumerable<string?>> onSheet)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(content), false);
        if (document.WorkbookPart is not { } workbook || workbook.Workbook?.Sheets is not { } sheets) return;
        var strings = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];
        var dateStyles = DateStyles(workbook);
        foreach (var sheet in sheets.Elements<Sheet>())
        {
            if (sheet.Id?.Value is not { } id || workbook.GetPartById(id) is not WorksheetPart part || part.Worksheet is null) continue;
            var rows = new List<object?[]>();
            foreach (var row in part.Worksheet.Descendants<Row>())
            {
                var cells = new List<object?>();
                foreach (var cell in row.Elements<Cell>())
                {
                    var column = cell.CellReference?.Value is { } reference ? ColumnIndex(reference) : cells.Count;
                    while (cells.Count < column) cells.Add(null);
                    cells.Add(Value(cell, strings, dateStyles));
                }
                if (cells.Any(c => c is not null)) rows.Add([.. cells]);
            }
            var margins = part.Worksheet.Elements<HeaderFooter>().SelectMany(h => h.ChildElements).Select(e => (string?)e.InnerText);
            onSheet(sheet.Name?.Value ?? "Sheet", rows, margins);
        }
    }

    private static object? Value(Cell cell, List<string> strings, HashSet<uint> dateStyles)
    {
        var raw = cell.CellValue?.Text;
        var type = cell.DataType?.Value;
        if (type == CellValues.InlineString) return cell.InlineString?.InnerText;
        if (raw is null) return null;
        if (type == CellValues.SharedString) return int.TryParse(raw, out var i) && i < strings.Count ? strings[i] : null;
        if (type == CellValues.Boolean) return raw == "1";
        if (type == CellValues.String || type == CellValues.Error) return raw;
        if (!double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)) return raw;
        if (cell.StyleIndex?.Value is { } style && dateStyles.Contains(style) && number is > -657435 and < 2958466)
            return DateTime.FromOADate(number);
        return number;
    }

    /// <summary>The cell styles whose number format shows a date: the built-in date formats, and custom formats with d, m or y outside quotes.</summary>
    private static HashSet<uint> DateStyles(WorkbookPart workbook)
    {
        var stylesheet = workbook.WorkbookStylesPart?.Stylesheet;
        var custom = stylesheet?.NumberingFormats?.Elements<NumberingFormat>()
            .Where(f => f.NumberFormatId?.Value is not null && f.FormatCode?.Value is { } code && LooksLikeDate(code))
            .Select(f => f.NumberFormatId!.Value).ToHashSet() ?? [];
        var styles = new HashSet<uint>();
        var index = 0u;
        foreach (var format in stylesheet?.CellFormats?.Elements<CellFormat>() ?? [])
        {
            if (format.NumberFormatId?.Value is { } id && (id is >= 14 and <= 22 or >= 45 and <= 47 || custom.Contains(id))) styles.Add(index);
            index++;
        }
        return styles;
    }

    private static bool LooksLikeDate(string code)
    {
        var unquoted = System.Text.RegularExpressions.Regex.Replace(code, "\"[^\"]*\"|\\[[^\\]]*\\]", "");
        return unquoted.IndexOfAny(['d', 'y', 'D', 'Y']) >= 0 || (unquoted.Contains('m') && !unquoted.Contains('0'));
    }

    private static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference.TakeWhile(char.IsLetter)) index = index * 26 + (char.ToUpperInvariant(c) - 'A' + 1);
        return Math.Max(0, index - 1);
    }
}
