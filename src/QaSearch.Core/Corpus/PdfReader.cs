using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace QaSearch.Core.Corpus;

/// <summary>
/// PDF through PdfPig, page by page in reading order; pages are separated by a line holding a form feed (an answer's page is counted from them), and words, URLs and
/// addresses broken at line ends are joined (<see cref="TextRepair"/>).
/// </summary>
internal sealed class PdfReader : IDocumentReader
{
    public IReadOnlyCollection<string> Extensions { get; } = [".pdf"];

    public IReadOnlyList<SourceDocument> Read(CorpusFile file, byte[] content, IList<string> warnings)
    {
        PdfDocument pdf;
        try
        {
            pdf = PdfDocument.Open(content);
        }
        catch (Exception e)
        {
            throw new CorpusFormatException($"not a readable PDF ({e.Message})", e);
        }
        using (pdf)
        {
            var pages = new List<string>();
            foreach (var page in pdf.GetPages())
            {
                // Every page, empty ones too, so that the form feeds between them count pages.
                pages.Add(ContentOrderTextExtractor.GetText(page).Trim());
            }
            if (pages.All(p => p.Length == 0))
                throw new CorpusFormatException("the PDF has no extractable text (scanned images need OCR first)");
            var title = pdf.Information.Title is { Length: > 0 } t ? t : PlainTextReader.TitleOf(file);
            return [new SourceDocument(file.RelativePath, file.FullPath, title, TextRepair.Repair(string.Join(PageBreak, pages)))];
        }
    }

    /// <summary>Between two pages: an empty line holding a form feed, so that an answer's page is the form feeds before it, plus one.</summary>
    public const string PageBreak = "\n\f\n";
}
