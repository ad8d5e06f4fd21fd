namespace QaSearch.Core.Tests;

public sealed class PassageTests
{
    private static Passage P(string text, int start, int ordinal) => new($"d#{ordinal}", "d", "/d", "", text, start, start + text.Length, ordinal);

    [Fact]
    public void Whole_text_takes_the_overlap_of_consecutive_passages_once()
    {
        const string document = "One. Two. Three.";
        var passages = new[] { P(document[..9], 0, 0), P(document[5..], 5, 1) };

        Assert.Equal(document, Passage.WholeText(passages));
    }

    [Fact]
    public void Whole_text_joins_adjacent_passages_as_they_stand_and_gaps_with_a_line_break()
    {
        var adjacent = new[] { P("ab", 0, 0), P("cd", 2, 1) };
        var gap = new[] { P("ab", 0, 0), P("cd", 10, 1) };

        Assert.Equal("abcd", Passage.WholeText(adjacent));
        Assert.Equal("ab\ncd", Passage.WholeText(gap));
    }

    [Fact]
    public void Whole_text_keeps_every_passage_when_offsets_do_not_match_the_text()
    {
        var passages = new[] { new Passage("d#0", "d", "/d", "", "first part", 0, 3, 0), new Passage("d#1", "d", "/d", "", "second", 0, 6, 1) };

        Assert.Equal("first part\nsecond", Passage.WholeText(passages));
    }

    [Theory]
    [InlineData("")]
    [InlineData("Harbor guide")]
    public void The_whole_text_reader_reads_what_whole_text_builds_with_the_title_on_its_own_line(string title)
    {
        const string document = "One. Two. Three. Four.";
        var cases = new[]
        {
            new[] { P(document[..9], 0, 0), P(document[5..16], 5, 1), P(document[10..], 10, 2) }, // overlaps
            [P("ab", 0, 0), P("cd", 10, 1)], // a gap
            [P("", 0, 0), P("cd", 10, 1)], // an empty first passage
            [new Passage("d#0", "d", "/d", "", "first part", 0, 3, 0), P("second", 0, 1)], // offsets that do not match
        };

        foreach (var passages in cases)
        {
            var expected = (title.Length == 0 ? "" : title + "\n") + Passage.WholeText(passages);
            using var reader = Passage.WholeTextReader(title, passages);
            var read = new System.Text.StringBuilder();
            var buffer = new char[3]; // small reads cross the pieces' ends
            int n;
            while ((n = reader.Read(buffer, 0, buffer.Length)) > 0) read.Append(buffer, 0, n);
            Assert.Equal(expected, read.ToString());
        }
    }
}
