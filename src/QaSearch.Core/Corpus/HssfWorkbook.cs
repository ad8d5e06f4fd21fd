using NPOI.HSSF.UserModel;
using NPOI.SS.UserModel;

namespace QaSearch.Core.Corpus;

/// <summary>
/// An .xls workbook's sheets read through NPOI's HSSF, for the files ExcelDataReader 3.6 rejects or reads as empty (a
/// string table it cannot parse): each cell as text, number, date (by its format) or true/false, formulas by their
/// cached values.
/// </summary>
internal static class HssfWorkbook
{
    /// <summary>Calls <paramref name="onSheet"/> with each sheet's name, its rows of cell values (null for an empty cell), and its header and footer.</summary>
    public static void Read(byte[] content, Action<string, List<object?[]>, IEnumerable<string?>> onSheet)
    {
        var workbook = new HSSFWorkbook(new MemoryStream(content));
        for (var s = 0; s < workbook.NumberOfSheets; s++)
        {
            var sheet = workbook.GetSheetAt(s);
            var rows = new List<object?[]>();
            foreach (IRow row in sheet)
            {
                var cells = new object?[Math.Max(0, (int)row.LastCellNum)];
                foreach (var cell in row.Cells)
                    if (cell.ColumnIndex < cells.Length) cells[cell.ColumnIndex] = Value(cell, cell.CellType);
                if (cells.Any(c => c is string { Length: > 0 } or not (null or string))) rows.Add(cells);
            }
            onSheet(sheet.SheetName, rows, [sheet.Header?.Left, sheet.Header?.Center, sheet.Header?.Right, sheet.Footer?.Left, sheet.Footer?.Center, sheet.Footer?.Right]);
        }
    }

    private static object? Value(ICell cell, CellType type) => type switch
    {
        CellType.String => cell.StringCellValue?.Trim(),
        CellType.Numeric => DateUtil.IsCellDateFormatted(cell) ? cell.DateCellValue : cell.NumericCellValue,
        CellType.Boolean => cell.BooleanCellValue,
        CellType.Formula => Value(cell, cell.CachedFormulaResultType),
        _ => null,
    };
}
