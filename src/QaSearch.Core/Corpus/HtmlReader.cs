using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace QaSearch.Core.Corpus;

/// <summary>
/// HTML through AngleSharp: the visible text with a line break after each block element, and the page title.
/// Scripts, styles and templates are dropped.
/// </summary>
internal sealed class HtmlReader : IDocumentReader
{
    private static readonly HashSet<string> Invisible = new(StringComparer.OrdinalIgnoreCase)
        { "script", "style", "noscript", "template", "head", "svg", "iframe", "object" };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "br", "li", "ul", "ol", "tr", "table", "section", "article", "header", "footer", "nav", "aside",
        "h1", "h2", "h3", "h4", "h5", "h6", "pre", "blockquote", "dt", "dd", "dl", "hr", "main", "form", "figure",
        "figcaption", "address", "title", "body",
    };

    public IReadOnlyCollection<string> Extensions { get; } = [".html", ".htm", ".xhtml"];

    public IReadOnlyList<SourceDocument> Read(CorpusFile file, byte[] content, IList<string> warnings)
    {
        var document = new HtmlParser().ParseDocument(TextDecoding.Decode(content, warnings));
        var builder = new StringBuilder();
        if (document.Body is { } body)
            AppendVisibleText(body, builder);
        var text = CollapseBlankLines(builder.ToString());
        if (text.Length == 0)
            throw new CorpusFormatException("no visible text in the HTML body");
        var title = string.IsNullOrWhiteSpace(document.Title) ? PlainTextReader.TitleOf(file) : document.Title.Trim();
        return [new SourceDocument(file.RelativePath, file.FullPath, title, text)];
    }

    /// <summary>The visible text of an HTML string (an e-mail's HTML body), as <see cref="Read"/> extracts it.</summary>
    internal static string VisibleText(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var builder = new StringBuilder();
        if (document.Body is { } body) AppendVisibleText(body, builder);
        return CollapseBlankLines(builder.ToString());
    }

    private static void AppendVisibleText(INode node, StringBuilder builder)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText textNode:
                    builder.Append(textNode.Data);
                    break;
                case IElement element when Invisible.Contains(element.LocalName):
                    break;
                case IElement element:
                    var isBlock = Blocks.Contains(element.LocalName);
                    if (isBlock) builder.Append('\n');
                    if (element.LocalName is "td" or "th") builder.Append(' ');
                    AppendVisibleText(element, builder);
                    if (isBlock) builder.Append('\n');
                    break;
            }
        }
    }

    /// <summary>Trims each line, folds runs of spaces, and keeps at most one empty line between blocks.</summary>
    internal static string CollapseBlankLines(string raw)
    {
        var lines = raw.Split('\n').Select(l => string.Join(' ', l.Split([' ', '\t', '\r', '\u00A0'], StringSplitOptions.RemoveEmptyEntries)));
        var builder = new StringBuilder();
        var blank = 0;
        foreach (var line in lines)
        {
            if (line.Length == 0) { blank++; continue; }
            if (builder.Length > 0) builder.Append(blank > 1 ? "\n\n" : "\n");
            builder.Append(line);
            blank = 0;
        }
        return builder.ToString();
    }
}
