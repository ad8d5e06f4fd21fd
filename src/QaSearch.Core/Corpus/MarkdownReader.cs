using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace QaSearch.Core.Corpus;

/// <summary>Markdown through Markdig: the plain text of the rendered document; the first heading is the title.</summary>
internal sealed class MarkdownReader : IDocumentReader
{
    // Built once and shared: Markdig pipelines are immutable and thread-safe.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().Build();

    public IReadOnlyCollection<string> Extensions { get; } = [".md", ".markdown"];

    public IReadOnlyList<SourceDocument> Read(CorpusFile file, byte[] content, IList<string> warnings)
    {
        var markdown = TextDecoding.Decode(content, warnings);
        var text = Markdown.ToPlainText(markdown, Pipeline).Trim();
        if (text.Length == 0)
            throw new CorpusFormatException("empty file (no text after Markdown rendering)");
        var heading = Markdown.Parse(markdown, Pipeline).Descendants<HeadingBlock>().FirstOrDefault();
        var title = heading?.Inline is { } inline
            ? string.Concat(inline.Descendants<LiteralInline>().Select(l => l.Content.ToString())).Trim()
            : PlainTextReader.TitleOf(file);
        return [new SourceDocument(file.RelativePath, file.FullPath, title, text)];
    }
}
