namespace QaSearch.Core.Corpus;

/// <summary>
/// Plain text: <c>.txt</c>, files with no extension, and any unknown extension that decodes as text.
/// A text file in the question-file layout is read as a question file, and one that opens with <c>&lt;DOC&gt;</c> as
/// TREC text (one document per DOC, its id the DOCNO). Words, URLs and addresses broken at line ends are joined (<see cref="TextRepair"/>).
/// </summary>
internal sealed class PlainTextReader : IDocumentReader
{
    public IReadOnlyCollection<string> Extensions { get; } = [".txt", ".text", "", ".trec", ".sgml", ".sgm"];

    public IReadOnlyList<SourceDocument> Read(CorpusFile file, byte[] content, IList<string> warnings)
    {
        var text = TextDecoding.Decode(content, warnings);
        if (QuestionFile.TryParse(text, out var questionFile))
            return [questionFile.ToDocument(file.RelativePath, file.FullPath, TitleOf(file))];
        if (TrecText.Looks(text))
            return TrecText.Parse(text, warnings).Select(d => new SourceDocument(d.DocNo, file.FullPath, d.Title, TextRepair.Repair(d.Text))).ToList();
        return [new SourceDocument(file.RelativePath, file.FullPath, TitleOf(file), TextRepair.Repair(text))];
    }

    /// <summary>Plain text has no title of its own; the file name often says what the file is about, so it stands in.</summary>
    internal static string TitleOf(CorpusFile file) => Path.GetFileNameWithoutExtension(file.FullPath);
}
