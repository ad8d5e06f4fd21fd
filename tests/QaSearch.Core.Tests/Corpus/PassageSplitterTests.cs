using QaSearch.Core.Corpus;

namespace QaSearch.Core.Tests.Corpus;

public sealed class PassageSplitterTests
{
    private static SourceDocument Doc(string text, IReadOnlyList<TextSpan>? records = null) => new("d", "/d.txt", "", text, records);

    [Fact]
    public void Every_passage_text_equals_the_document_text_at_its_offsets()
    {
        var text = string.Join("\n\n", Enumerable.Range(1, 30).Select(i => $"Paragraph {i} has a first sentence. It has a second sentence about item {i}."));

        var passages = new PassageSplitter(new SplitterOptions { TargetChars = 200, MaxChars = 400 }).Split(Doc(text));

        Assert.True(passages.Count > 5);
        Assert.All(passages, p => Assert.Equal(text[p.Start..p.End], p.Text));
        Assert.All(passages, p => Assert.True(p.Text.Length <= 400));
        Assert.Equal(Enumerable.Range(0, passages.Count), passages.Select(p => p.Ordinal));
        Assert.Equal("d#0", passages[0].Id);
    }

    [Fact]
    public void A_short_document_stays_one_passage()
    {
        var passage = Assert.Single(new PassageSplitter().Split(Doc("  One sentence. Two sentences.  ")));

        Assert.Equal("One sentence. Two sentences.", passage.Text);
        Assert.Equal(2, passage.Start);
    }

    [Fact]
    public void Consecutive_passages_in_a_paragraph_overlap_by_one_sentence()
    {
        var text = string.Join(" ", Enumerable.Range(1, 12).Select(i => $"Sentence number {i} is here."));

        var passages = new PassageSplitter(new SplitterOptions { TargetChars = 100, MaxChars = 200 }).Split(Doc(text));

        Assert.True(passages.Count >= 3);
        for (var i = 1; i < passages.Count; i++)
            Assert.True(passages[i].Start < passages[i - 1].End, "passages should overlap");
    }

    [Fact]
    public void Records_stay_whole_even_when_tiny()
    {
        const string text = "Name: A\nRoom: 1\n\nName: B\nRoom: 2";

        var passages = new PassageSplitter().Split(Doc(text, [new TextSpan(0, 15), new TextSpan(17, 32)]));

        Assert.Equal(["Name: A\nRoom: 1", "Name: B\nRoom: 2"], passages.Select(p => p.Text));
    }

    [Fact]
    public void A_long_record_stays_whole_up_to_the_record_limit_and_is_split_beyond_it()
    {
        var field = "abstract: " + string.Join(" ", Enumerable.Repeat("Words of an abstract.", 100));
        var text = "title: Tides\nauthors: Ada, Bo\n" + field;
        var splitter = new PassageSplitter(new SplitterOptions { MaxRecordChars = 4000 });

        var whole = splitter.Split(Doc(text, [new TextSpan(0, text.Length)]));
        var cut = new PassageSplitter(new SplitterOptions { MaxRecordChars = 1000 }).Split(Doc(text, [new TextSpan(0, text.Length)]));

        Assert.Equal(text, Assert.Single(whole).Text);
        Assert.True(cut.Count > 1);
    }

    [Fact]
    public void A_single_huge_line_is_cut_into_passages_no_longer_than_the_maximum()
    {
        var text = string.Join(" ", Enumerable.Repeat("word", 20_000));

        var passages = new PassageSplitter().Split(Doc(text));

        Assert.All(passages, p => Assert.InRange(p.Text.Length, 1, 1200));
        Assert.Equal(text.Length, passages[^1].End);
    }

    [Fact]
    public void Sentences_end_at_periods_but_not_after_initials_or_abbreviations()
    {
        const string text = "Dr. Smith met J. Doe at 5 p.m. today. They talked.\nName: Ada\nThe end";

        var sentences = SentenceSplitter.Split(text).Select(s => s.Of(text));

        Assert.Equal(["Dr. Smith met J. Doe at 5 p.m. today.", "They talked.", "Name: Ada", "The end"], sentences);
    }
}
