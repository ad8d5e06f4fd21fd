using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace QaSearch.Core.Corpus;

/// <summary>
/// OpenDocument text, spreadsheets and presentations (.odt, .ods, .odp), read from the zip's content.xml and
/// meta.xml with the framework's zip and XML readers (OpenDocument is a zip of XML; no maintained .NET library reads
/// it better). Text: headings and paragraphs a line each, lists, tables a row per line with cells apart, notes.
/// Spreadsheets: each row a record under its sheet's detected header, as the Excel reader does. Presentations:
/// "Slide N: name", the slide's text, then its notes. Title, author and dates come from meta.xml.
/// </summary>
internal sealed class OpenDocumentReader : IDocumentReader
{
    private static readonly XNamespace Office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    private static readonly XNamespace Text = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    private static readonly XNamespace Table = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    private static readonly XNamespace Draw = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0";
    private static readonly XNamespace Presentation = "urn:oasis:names:tc:opendocument:xmlns:presentation:1.0";
    private static readonly XNamespace Manifest = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0";
    private static readonly XNamespace Meta = "urn:oasis:names:tc:opendocument:xmlns:meta:1.0";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";

    /// <summary>Repeated empty rows and columns fill sheets to their last possible row; repeats beyond this are dropped.</summary>
    private const int MaxRepeat = 1000;

    public IReadOnlyCollection<string> Extensions { get; } = [".odt", ".ods", ".odp", ".ott", ".ots", ".otp"];

    public IReadOnlyList<SourceDocument> Read(CorpusFile file, byte[] content, IList<string> warnings)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content), ZipArchiveMode.Read);
            if (ZipXml.Load(zip, "META-INF/manifest.xml") is { } manifest && manifest.Descendants(Manifest + "encryption-data").Any())
                throw new CorpusFormatException(OfficeFile.PasswordProtected);
            var body = ZipXml.Load(zip, "content.xml")?.Root?.Element(Office + "body")
                       ?? throw new CorpusFormatException("an OpenDocument file without content.xml");
            var meta = ZipXml.Load(zip, "meta.xml")?.Root?.Element(Office + "meta");
            var title = meta?.Element(Dc + "title")?.Value is { Length: > 0 } t ? t.Trim() : PlainTextReader.TitleOf(file);
            var fields = Fields(meta);
            if (body.Element(Office + "spreadsheet") is { } spreadsheet)
            {
                var builder = new RecordTextBuilder();
                foreach (var sheet in spreadsheet.Elements(Table + "table"))
                    SpreadsheetReader.AddSheet(builder, sheet.Attribute(Table + "name")?.Value ?? "Sheet", Rows(sheet));
                if (builder.IsEmpty) throw new CorpusFormatException("every sheet is empty");
                return [new SourceDocument(file.RelativePath, file.FullPath, title, builder.Text, builder.Records)];
            }
            var text = new StringBuilder();
            if (body.Element(Office + "presentation") is { } presentation)
                AppendSlides(presentation, text);
            else if (body.Element(Office + "text") is { } document)
                AppendBlocks(document, text);
            else
                throw new CorpusFormatException("an OpenDocument body that is neither text, spreadsheet nor presentation");
            if (fields.Length > 0) text.Append('\n').Append(fields);
            var result = text.ToString().Trim();
            if (result.Length == 0) throw new CorpusFormatException("the document has no text");
            return [new SourceDocument(file.RelativePath, file.FullPath, title, result)];
        }
        catch (Exception e) when (e is InvalidDataException or XmlException)
        {
            throw new CorpusFormatException($"not a readable OpenDocument file ({e.Message})", e);
        }
    }


    /// <summary>Author and dates as field lines, as the Office readers write them.</summary>
    private static string Fields(XElement? meta)
    {
        if (meta is null) return "";
        var lines = new List<string>();
        if ((meta.Element(Meta + "initial-creator") ?? meta.Element(Dc + "creator"))?.Value is { Length: > 0 } author) lines.Add($"Author: {author.Trim()}");
        if (meta.Element(Meta + "creation-date")?.Value is { Length: >= 10 } created) lines.Add($"Created: {created[..10]}");
        if (meta.Element(Dc + "date")?.Value is { Length: >= 10 } modified) lines.Add($"Modified: {modified[..10]}");
        return string.Join('\n', lines);
    }

    /// <summary>Headings, paragraphs and list items a line each; a table a row per line, cells apart by " | ".</summary>
    private static void AppendBlocks(XElement container, StringBuilder text)
    {
        foreach (var element in container.Elements())
        {
            if (element.Name == Text + "h" || element.Name == Text + "p")
            {
                var line = Inline(element).Trim();
                if (line.Length > 0) text.Append(line).Append('\n');
            }
            else if (element.Name == Table + "table")
            {
                foreach (var row in element.Descendants(Table + "table-row"))
                {
                    var cells = row.Elements(Table + "table-cell").Select(c => string.Join(' ', c.Elements().Select(Inline)).Trim()).Where(c => c.Length > 0).ToList();
                    if (cells.Count > 0) text.Append(string.Join(" | ", cells)).Append('\n');
                }
                text.Append('\n');
            }
            else if (element.Name.Namespace == Text || element.Name.Namespace == Table || element.Name.Namespace == Draw)
            {
                // Lists, sections, indexes, frames and shapes hold blocks of their own.
                AppendBlocks(element, text);
            }
        }
    }

    /// <summary>A paragraph's text: spaces, tabs and line breaks as written; notes' citations dropped, their bodies kept.</summary>
    private static string Inline(XElement paragraph)
    {
        var text = new StringBuilder();
        foreach (var node in paragraph.Nodes())
        {
            switch (node)
            {
                case XText t:
                    text.Append(t.Value);
                    break;
                case XElement e when e.Name == Text + "s":
                    text.Append(' ', int.TryParse(e.Attribute(Text + "c")?.Value, out var count) ? Math.Clamp(count, 1, 100) : 1);
                    break;
                case XElement e when e.Name == Text + "tab":
                    text.Append('\t');
                    break;
                case XElement e when e.Name == Text + "line-break":
                    text.Append('\n');
                    break;
                case XElement e when e.Name == Text + "note-citation":
                    break;
                case XElement e when e.Name == Text + "note-body":
                    text.Append(" (").Append(string.Join(' ', e.Elements().Select(Inline)).Trim()).Append(')');
                    break;
                case XElement e:
                    text.Append(Inline(e));
                    break;
            }
        }
        return text.ToString();
    }

    private static void AppendSlides(XElement presentation, StringBuilder text)
    {
        var number = 0;
        foreach (var page in presentation.Elements(Draw + "page"))
        {
            number++;
            var name = page.Attribute(Draw + "name")?.Value;
            text.Append($"Slide {number}{(name is { Length: > 0 } && !name.StartsWith("page", StringComparison.OrdinalIgnoreCase) ? ": " + name : "")}\n");
            foreach (var frame in page.Elements().Where(e => e.Name != Presentation + "notes"))
                AppendBlocks(new XElement("frame", frame), text);
            if (page.Element(Presentation + "notes") is { } notes)
            {
                var lines = notes.Descendants(Text + "p").Select(p => Inline(p).Trim()).Where(l => l.Length > 0).ToList();
                if (lines.Count > 0) text.Append("Notes: ").Append(string.Join('\n', lines)).Append('\n');
            }
            text.Append('\n');
        }
    }

    /// <summary>A sheet's rows as cell values (numbers as doubles, dates as dates, else text), repeats expanded up to a bound.</summary>
    private static List<object?[]> Rows(XElement sheet)
    {
        var rows = new List<object?[]>();
        foreach (var row in sheet.Descendants(Table + "table-row"))
        {
            var cells = new List<object?>();
            foreach (var cell in row.Elements().Where(e => e.Name == Table + "table-cell" || e.Name == Table + "covered-table-cell"))
            {
                var value = CellValue(cell);
                var repeat = Repeat(cell.Attribute(Table + "number-columns-repeated"));
                for (var i = 0; i < repeat && cells.Count < 16384; i++) cells.Add(value);
            }
            while (cells.Count > 0 && cells[^1] is null) cells.RemoveAt(cells.Count - 1);
            if (cells.Count == 0) continue;
            var times = Repeat(row.Attribute(Table + "number-rows-repeated"));
            for (var i = 0; i < times; i++) rows.Add(cells.ToArray());
        }
        return rows;
    }

    private static int Repeat(XAttribute? attribute) =>
        int.TryParse(attribute?.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? Math.Clamp(n, 1, MaxRepeat) : 1;

    private static object? CellValue(XElement cell)
    {
        var type = cell.Attribute(Office + "value-type")?.Value;
        if (type is "float" or "percentage" or "currency" &&
            double.TryParse(cell.Attribute(Office + "value")?.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            return type == "float" ? number : string.Join(' ', cell.Elements(Text + "p").Select(p => Inline(p).Trim()));
        if (type == "date" && DateTime.TryParse(cell.Attribute(Office + "date-value")?.Value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        if (type == "boolean") return cell.Attribute(Office + "boolean-value")?.Value == "true";
        var text = string.Join('\n', cell.Elements(Text + "p").Select(p => Inline(p).Trim())).Trim();
        return text.Length == 0 ? null : text;
    }
}
