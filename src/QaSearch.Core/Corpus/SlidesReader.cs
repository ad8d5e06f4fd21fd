using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Presentation;
using Drawing = DocumentFormat.OpenXml.Drawing;

namespace QaSearch.Core.Corpus;

/// <summary>
/// PowerPoint (.pptx) through DocumentFormat.OpenXml: slide by slide in the deck's order, "Slide N: title", then the
/// text of its shapes and tables (a paragraph or table row a line), then its notes; slides apart by an empty line.
/// </summary>
internal sealed class SlidesReader : IDocumentReader
{
    public IReadOnlyCollection<string> Extensions { get; } = [".pptx", ".pptm", ".ppsx"];

    public IReadOnlyList<SourceDocument> Read(CorpusFile file, byte[] content, IList<string> warnings)
    {
        if (OfficeFile.IsCompound(content)) throw new CorpusFormatException(OfficeFile.PasswordProtected);
        using var deck = PresentationDocument.Open(new MemoryStream(content), false);
        var presentation = deck.PresentationPart ?? throw new CorpusFormatException("a PowerPoint file without a presentation part");
        var slideIds = presentation.Presentation?.SlideIdList?.Elements<SlideId>() ?? [];
        var text = new StringBuilder();
        var number = 0;
        foreach (var slideId in slideIds)
        {
            number++;
            if (slideId.RelationshipId?.Value is not { } relationship || presentation.GetPartById(relationship) is not SlidePart slide) continue;
            var shapes = slide.Slide?.Descendants<Shape>().ToList() ?? [];
            var title = shapes.FirstOrDefault(IsTitle) is { } titleShape ? Lines(titleShape).FirstOrDefault() ?? "" : "";
            text.Append($"Slide {number}{(title.Length > 0 ? ": " + title : "")}\n");
            foreach (var shape in shapes.Where(s => !IsTitle(s)))
                foreach (var line in Lines(shape)) text.Append(line).Append('\n');
            foreach (var table in slide.Slide?.Descendants<Drawing.Table>() ?? [])
                foreach (var row in table.Elements<Drawing.TableRow>())
                    text.Append(string.Join(" | ", row.Elements<Drawing.TableCell>().Select(c => c.InnerText.Trim()).Where(c => c.Length > 0))).Append('\n');
            if (slide.NotesSlidePart?.NotesSlide is { } notes)
            {
                var noteLines = notes.Descendants<Shape>().Where(s => !IsSlideImage(s)).SelectMany(Lines).Where(l => !int.TryParse(l, out _)).ToList();
                if (noteLines.Count > 0) text.Append("Notes: ").Append(string.Join('\n', noteLines)).Append('\n');
            }
            text.Append('\n');
        }
        text.Append(OfficeFile.Fields(deck));
        if (text.ToString().Trim().Length == 0) throw new CorpusFormatException("the presentation has no text");
        return [new SourceDocument(file.RelativePath, file.FullPath, OfficeFile.Title(deck, file), text.ToString().TrimEnd())];
    }

    private static bool IsTitle(Shape shape) =>
        shape.NonVisualShapeProperties?.ApplicationNonVisualDrawingProperties?.PlaceholderShape?.Type?.Value is { } type
        && (type == PlaceholderValues.Title || type == PlaceholderValues.CenteredTitle);

    private static bool IsSlideImage(Shape shape) =>
        shape.NonVisualShapeProperties?.ApplicationNonVisualDrawingProperties?.PlaceholderShape?.Type?.Value is { } type
        && type == PlaceholderValues.SlideImage;

    /// <summary>The shape's paragraphs, one line each, empty ones left out.</summary>
    private static IEnumerable<string> Lines(Shape shape) =>
        shape.TextBody?.Elements<Drawing.Paragraph>().Select(p => string.Concat(p.Descendants<Drawing.Text>().Select(t => t.Text)).Trim()).Where(l => l.Length > 0) ?? [];
}
