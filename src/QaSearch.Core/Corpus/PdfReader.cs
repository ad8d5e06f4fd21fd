using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace QaSearch.Core.Corpus;

/// <summary>
/// PDF through PdfPig, page by page in reading order; pages are separated by an empty line, and words, URLs and
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
                var pageText = ContentOrderTextExtractor.GetText(page).Trim();
                if (pageText.Length > 0) pages.Add(pageText);
            }
            if (pages.Count == 0)
                throw new CorpusFormatException("the PDF has no extractable text (scanned images need OCR first)");
            var title = pdf.Information.Title is { Length: > 0 } t ? t : PlainTextReader.TitleOf(file);
            return [new SourceDocument(file.RelativePath, file.FullPath, title, TextRepair.Repair(string.Join("\n\n", pages)))];
        }
    }
}
