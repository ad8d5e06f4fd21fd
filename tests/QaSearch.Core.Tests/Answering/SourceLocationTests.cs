using QaSearch.Core.Answering;
using QaSearch.Core.Extraction;
using QaSearch.Core.Retrieval;

namespace QaSearch.Core.Tests.Answering;

public sealed class SourceLocationTests
{
    [Fact]
    public void Given_a_deck_the_location_is_the_last_slide_marker_before_the_answer()
    {
        const string text = "Slide 1: Tides\nHigh tide is at noon.\n\nSlide 2\nLow tide is at six.";

        Assert.Equal("slide 2", SourceLocation.Describe("talk.pptx", text[..text.IndexOf("six", StringComparison.Ordinal)]));
        Assert.Equal("slide 1", SourceLocation.Describe("talk.odp", text[..text.IndexOf("noon", StringComparison.Ordinal)]));
    }

    [Fact]
    public void Given_a_workbook_the_location_is_the_sheet_the_row_and_the_column_of_the_answer()
    {
        const string text = "Sheet: Boats, row 2\nName: Gull\nLength: 12.5";

        Assert.Equal("sheet Boats, row 2, column Length", SourceLocation.Describe("fleet.xlsx", text[..text.IndexOf("12.5", StringComparison.Ordinal)]));
    }

    [Fact]
    public void Given_a_mail_the_location_is_its_subject_and_date()
    {
        const string text = "From: Ada <ada@example.org>\nDate: 2025-04-02 09:00 +00:00\nSubject: Tides\n\nHigh tide is at noon.";

        Assert.Equal("message \"Tides\" (2025-04-02 09:00 +00:00)", SourceLocation.Describe("inbox.mbox/3", text[..^5], text));
    }

    [Fact]
    public void Given_a_pdf_the_page_is_one_more_than_the_page_breaks_before_the_answer()
    {
        var text = string.Join(QaSearch.Core.Corpus.PdfReader.PageBreak, "Title page", "", "The keeper lit the lamp in 1871.");

        Assert.Equal("page 3", SourceLocation.Describe("history.pdf", text[..text.IndexOf("1871", StringComparison.Ordinal)]));
        Assert.True(SourceLocation.NeedsWholeDocument("docs.zip/history.pdf"));
    }

    [Theory]
    [InlineData("notes.txt")]
    [InlineData("page.html")]
    public void Given_a_format_without_markers_there_is_no_location(string path)
    {
        Assert.Null(SourceLocation.Describe(path, "Slide 1\nSheet: A, row 1\n"));
    }

    [Fact]
    public void Given_an_answer_from_a_slide_the_pipeline_puts_the_slide_in_the_source()
    {
        var text = "Slide 1: Harbor\nThe harbor opened in 1871.\n\nSlide 2: Tides\nHigh tide is at noon every day.";
        var passage = new Passage("talk.pptx#0", "talk.pptx", "/corpus/talk.pptx", "Talk", text, 0, text.Length, 0);
        var pipeline = new QaPipeline(new FixedRetriever([new RetrievedPassage(passage, 1, 0)]), new AnswerExtractor());

        var answer = pipeline.Ask("When is high tide?");

        Assert.Equal("noon", answer.Text);
        Assert.Equal("slide 2", answer.Source!.Location);
        Assert.Contains("\"location\":\"slide 2\"", AnswerJson.Write(answer));
    }
}
