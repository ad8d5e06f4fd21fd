using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace QaSearch.Core.Corpus;

/// <summary>
/// Word (.docx) through DocumentFormat.OpenXml: the body in reading order (a paragraph a line, a table row a line
/// with its cells apart), then headers, footers, footnotes and comments; the core properties' title (or the file
/// name) is the title, and the author and dates are fields of the text.
/// </summary>
internal sealed class WordReader : IDocumentReader
{
    public IReadOnlyCollection<string> Extensions { get; } = [".docx", ".docm", ".dotx"];

    public IReadOnlyList<SourceDocument> Read(CorpusFile file, byte[] content, IList<string> warnings)
    {
        if (OfficeFile.IsCompound(content)) throw new CorpusFormatException(OfficeFile.PasswordProtected);
        using var document = WordprocessingDocument.Open(new MemoryStream(content), false);
        var text = new StringBuilder();
        var main = document.MainDocumentPart ?? throw new CorpusFormatException("a Word file without a document part");
        if (main.Document?.Body is { } body) AppendBlocks(text, body.ChildElements);
        foreach (var header in main.HeaderParts) if (header.Header is { } h) AppendBlocks(text, h.ChildElements);
        foreach (var footer in main.FooterParts) if (footer.Footer is { } f) AppendBlocks(text, f.ChildElements);
        if (main.FootnotesPart?.Footnotes is { } footnotes)
            foreach (var note in footnotes.Elements<Footnote>()) AppendBlocks(text, note.ChildElements);
        if (main.WordprocessingCommentsPart?.Comments is { } comments)
            foreach (var comment in comments.Elements<Comment>()) AppendLine(text, $"Comment ({comment.Author?.Value ?? "unknown"}): {Paragraphs(comment.ChildElements)}");
        AppendLine(text, OfficeFile.Fields(document));
        if (text.ToString().Trim().Length == 0) throw new CorpusFormatException("the Word file has no text");
        return [new SourceDocument(file.RelativePath, file.FullPath, OfficeFile.Title(document, file), TextRepair.Repair(text.ToString().TrimEnd()))];
    }

    private static void AppendBlocks(StringBuilder text, IEnumerable<OpenXmlElement> elements)
    {
        foreach (var element in elements)
        {
            switch (element)
            {
                case Paragraph paragraph:
                    AppendLine(text, ParagraphText(paragraph));
                    break;
                case Table table:
                    foreach (var row in table.Elements<TableRow>())
                        AppendLine(text, string.Join(" | ", row.Elements<TableCell>().Select(cell => Paragraphs(cell.ChildElements)).Where(c => c.Length > 0)));
                    text.Append('\n');
                    break;
                case SdtBlock block when block.SdtContentBlock is { } inner:
                    AppendBlocks(text, inner.ChildElements);
                    break;
            }
        }
    }

    private static string Paragraphs(IEnumerable<OpenXmlElement> elements) =>
        string.Join(' ', elements.SelectMany(e => e is Paragraph p ? [p] : e.Descendants<Paragraph>()).Select(ParagraphText).Where(t => t.Length > 0));

    /// <summary>The visible text of a paragraph: runs' text, tabs as spaces, breaks as line breaks; deleted text left out.</summary>
    private static string ParagraphText(Paragraph paragraph)
    {
        var text = new StringBuilder();
        foreach (var node in paragraph.Descendants())
        {
            switch (node)
            {
                case Text t when t.Ancestors<DeletedRun>().FirstOrDefault() is null: text.Append(t.Text); break;
                case TabChar: text.Append(' '); break;
                case Break or CarriageReturn: text.Append('\n'); break;
            }
        }
        return text.ToString().Trim();
    }

    private static void AppendLine(StringBuilder text, string line)
    {
        if (line.Length > 0) text.Append(line).Append('\n');
    }
}
