namespace QaSearch.Core.Corpus;

/// <summary>
/// Plain text: <c>.txt</c>, files with no extension, and any unknown extension that decodes as text.
/// A text file in the question-file layout is read as a question file.
/// </summary>
public sealed class PlainTextReader : IDocumentReader
{
    public IReadOnlyCollection<string> Extensions { get; } = [".txt", ".text", ""];

    public IReadOnlyList<SourceDocument> Read(CorpusFile file, byte[] content, IList<string> warnings)
    {
        var text = TextDecoding.Decode(content);
        if (QuestionFile.TryParse(text, out var questionFile))
            return [new SourceDocument(file.RelativePath, file.FullPath, TitleOf(file), questionFile.Context, Question: questionFile.Question)];
        return [new SourceDocument(file.RelativePath, file.FullPath, TitleOf(file), text)];
    }

    /// <summary>Plain text has no title of its own; the file name often says what the file is about, so it stands in.</summary>
    internal static string TitleOf(CorpusFile file) => Path.GetFileNameWithoutExtension(file.FullPath);
}
