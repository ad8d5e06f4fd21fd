using System.Text;
using QaSearch.Core.Corpus;
using QaSearch.Testing;

namespace QaSearch.Core.Tests.Corpus;

public sealed class StreamedHtmlTests
{
    private const string Page = """
        <!DOCTYPE html><html><head><title>Harbor &amp; Quay</title><style>p { color: red }</style>
        <script>if (a < b && c > d) { document.write("<p>not text</p>"); }</script></head>
        <body><h1>The Quay</h1><p>Built in <b>1850</b> &mdash; rebuilt in 1954.</p>
        <table><tr><th>Boat</th><td>Gull</td></tr><tr><td>Tern</td><td>9&nbsp;m</td></tr></table>
        <ul><li>One</li><li>Two<br>lines</li></ul><noscript>enable scripts</noscript><p>End.</p></body></html>
        """;

    [Fact]
    public void Given_a_page_when_streamed_then_its_text_and_title_are_those_of_the_dom_walk()
    {
        var (text, title) = HtmlReader.StreamedText(Page);

        Assert.Equal(HtmlReader.VisibleText(Page, []), text);
        Assert.Equal("Harbor & Quay", title);
        Assert.DoesNotContain("not text", text);
        Assert.DoesNotContain("color", text);
    }

    [Fact]
    public void Given_a_page_larger_than_the_streaming_bound_when_read_then_it_is_read_by_tokens_with_the_same_text()
    {
        var filler = string.Concat(Enumerable.Repeat("<p>The harbor lamp was lit every evening at dusk.</p>\n", HtmlReader.StreamingBytes / 50 + 10));
        var html = Page.Replace("<p>End.</p>", filler + "<p>End.</p>", StringComparison.Ordinal);

        var document = Assert.Single(new HtmlReader().Read(Fixtures.File("big.html"), Encoding.UTF8.GetBytes(html), []));

        Assert.Equal(HtmlReader.VisibleText(html, []), document.Text);
        Assert.Equal("Harbor & Quay", document.Title);
    }

    [Fact]
    public void Given_a_page_too_deeply_nested_to_build_in_time_when_read_then_its_text_comes_from_the_tokens_with_a_warning()
    {
        // 20,000 nested elements take the tree builder seconds (its work grows with the square of the depth).
        const int depth = 20_000;
        var html = "<html><head><title>Deep</title></head><body><p>Top line.</p>"
            + string.Concat(Enumerable.Repeat("<div>", depth)) + "The lamp is at the bottom." + string.Concat(Enumerable.Repeat("</div>", depth)) + "</body></html>";
        var warnings = new List<string>();

        var (text, title) = HtmlReader.Visible(html, warnings, TimeSpan.FromMilliseconds(50));

        Assert.Equal("Top line.\n\nThe lamp is at the bottom.", text);
        Assert.Equal("Deep", title);
        Assert.Contains(warnings, w => w.Contains("read token by token", StringComparison.Ordinal));
    }
}
