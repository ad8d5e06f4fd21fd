using AngleSharp.Html;
using AngleSharp.Text;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
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

    /// <summary>Above this size a page is read token by token, never built into a DOM (an 8 MB page's DOM took 300 MB).</summary>
    internal const int StreamingBytes = 1 << 20;

    /// <summary>
    /// How long a page may take to be built into a DOM. The tree builder's work grows with the square of the nesting
    /// depth (80,000 nested elements took minutes), so a page that takes longer is read token by token instead.
    /// </summary>
    internal static readonly TimeSpan DomBudget = TimeSpan.FromSeconds(5);

    public IReadOnlyList<SourceDocument> Read(CorpusFile file, byte[] content, IList<string> warnings)
    {
        var html = TextDecoding.Decode(content, warnings);
        var (text, heading) = content.Length > StreamingBytes ? StreamedText(html) : Visible(html, warnings, DomBudget);
        if (text.Length == 0)
            throw new CorpusFormatException("no visible text in the HTML body");
        return [new SourceDocument(file.RelativePath, file.FullPath, string.IsNullOrWhiteSpace(heading) ? PlainTextReader.TitleOf(file) : heading.Trim(), text)];
    }

    /// <summary>The visible text of an HTML string (an e-mail's HTML body, a book's chapter), as <see cref="Read"/> extracts it.</summary>
    internal static string VisibleText(string html, IList<string> warnings) => Visible(html, warnings, DomBudget).Text;

    /// <summary>
    /// The visible text and title from the page's DOM, or, when building the DOM takes longer than
    /// <paramref name="budget"/>, from the tokenizer alone (with a warning): the same text, without the tree
    /// builder's repairs of misnested tags.
    /// </summary>
    internal static (string Text, string Title) Visible(string html, IList<string> warnings, TimeSpan budget)
    {
        IHtmlDocument document;
        using (var timeout = new CancellationTokenSource(budget))
        {
            try
            {
                document = new HtmlParser().ParseDocumentAsync(html, timeout.Token).GetAwaiter().GetResult();
                // The parser may also stop at the deadline without throwing, its tree cut short.
                timeout.Token.ThrowIfCancellationRequested();
            }
            catch (OperationCanceledException)
            {
                warnings.Add($"the HTML took more than {budget.TotalSeconds:0.#} s to build into a tree (elements nested too deep?); read token by token");
                return StreamedText(html);
            }
        }
        var builder = new StringBuilder();
        if (document.Body is { } body) AppendVisibleText(body, builder);
        return (CollapseBlankLines(builder.ToString()), document.Title ?? "");
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

    /// <summary>
    /// The visible text and title of a large page from AngleSharp's tokenizer alone, with the same line breaks as the
    /// DOM walk: a block element's start and end break the line, a table cell starts with a space, and the content
    /// of invisible elements (scripts, styles, the head but its title) is dropped. Memory stays near the page's size.
    /// </summary>
    internal static (string Text, string Title) StreamedText(string html)
    {
        var tokenizer = new HtmlTokenizer(new TextSource(html), HtmlEntityProvider.Resolver);
        var builder = new StringBuilder(html.Length / 4);
        var title = new StringBuilder();
        var hidden = 0;
        var inTitle = false;
        for (var token = tokenizer.Get(); token.Type != HtmlTokenType.EndOfFile; token = tokenizer.Get())
        {
            switch (token.Type)
            {
                case HtmlTokenType.Character:
                    if (inTitle) title.Append(token.Data);
                    else if (hidden == 0) builder.Append(token.Data);
                    break;
                case HtmlTokenType.StartTag:
                    var start = token.Name.ToLowerInvariant();
                    // What the tree builder would tell the tokenizer: script and style hold raw text, a title plain text.
                    tokenizer.State = start switch
                    {
                        "script" => HtmlParseMode.Script,
                        "style" or "xmp" or "iframe" or "noembed" or "noframes" or "noscript" => HtmlParseMode.Rawtext,
                        "title" or "textarea" => HtmlParseMode.RCData,
                        _ => tokenizer.State,
                    };
                    if (start == "title") { inTitle = true; break; }
                    if (token.AsTag().IsSelfClosing || start is "br" or "hr" or "img" or "meta" or "link" or "input")
                    {
                        if (hidden == 0 && Blocks.Contains(start)) builder.Append("\n\n");
                        break;
                    }
                    if (Invisible.Contains(start)) { hidden++; break; }
                    if (hidden > 0) break;
                    if (Blocks.Contains(start)) builder.Append('\n');
                    if (start is "td" or "th") builder.Append(' ');
                    break;
                case HtmlTokenType.EndTag:
                    var end = token.Name.ToLowerInvariant();
                    if (end == "title") { inTitle = false; break; }
                    if (Invisible.Contains(end)) { hidden = Math.Max(0, hidden - 1); break; }
                    if (hidden == 0 && Blocks.Contains(end)) builder.Append('\n');
                    break;
            }
        }
        return (CollapseBlankLines(builder.ToString()), title.ToString());
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
