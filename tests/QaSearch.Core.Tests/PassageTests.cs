using QaSearch.Core.Corpus;

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

    [Fact]
    public void A_grouped_document_opens_on_its_first_passage_what_whole_text_builds()
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
            var grouped = Assert.Single(DocumentPassages.Group(passages)).Read().ToList();
            Assert.Equal(Passage.WholeText(passages), ReadAll(grouped[0].Whole!));
            Assert.All(grouped.Skip(1), r => Assert.Null(r.Whole));
        }
    }

    [Fact]
    public void A_split_document_opens_its_whole_text_on_its_first_passage_and_makes_the_splitters_passages()
    {
        var text = string.Join("\n\n", Enumerable.Range(1, 40).Select(i => $"Paragraph {i} says something about harbor number {i}."));
        var source = new SourceDocument("guide", "/guide.txt", "Harbor guide", text);
        var splitter = new PassageSplitter(new SplitterOptions { TargetChars = 200, MaxChars = 400 });

        var read = DocumentPassages.Split(source, splitter).Read().ToList();

        Assert.Equal(text, ReadAll(read[0].Whole!));
        Assert.All(read.Skip(1), r => Assert.Null(r.Whole));
        Assert.Equal(splitter.Split(source), read.Select(r => r.Passage).ToList());
        Assert.True(read.Count > 5);
    }

    [Fact]
    public void A_very_large_document_is_opened_in_sections_that_together_are_its_text()
    {
        // Given a document of about two and a half sections
        var line = "The ferry timetable lists departures for every harbor on the coast each morning.\n";
        var text = string.Concat(Enumerable.Repeat(line, DocumentPassages.SectionChars * 5 / 2 / line.Length));
        var source = new SourceDocument("atlas", "/atlas.txt", "Atlas", text);

        // When it is read for indexing
        var sections = DocumentPassages.Split(source, new PassageSplitter()).Read()
            .Where(r => r.Whole is not null).Select(r => (r.Passage, Text: ReadAll(r.Whole!))).ToList();

        // Then three sections, each opened by a passage it holds, cut at line ends, and together the whole text
        Assert.Equal(3, sections.Count);
        var bodies = sections.Select(s => s.Text).ToList();
        Assert.Equal(text, string.Concat(bodies));
        Assert.All(bodies.SkipLast(1), b => Assert.EndsWith("\n", b));
        Assert.All(bodies, b => Assert.InRange(b.Length, 1, DocumentPassages.SectionChars + line.Length));
        for (int i = 0, start = 0; i < sections.Count; start += bodies[i].Length, i++)
            Assert.InRange(sections[i].Passage.Start, start, start + bodies[i].Length - 1);
    }

    /// <summary>The pieces read as one text by a <see cref="TextPartsReader"/>, in small reads that cross the pieces' ends.</summary>
    private static string ReadAll(IEnumerable<ReadOnlyMemory<char>> parts)
    {
        using (var reader = new TextPartsReader(parts))
        {
            var read = new System.Text.StringBuilder();
            var buffer = new char[3];
            int n;
            while ((n = reader.Read(buffer, 0, buffer.Length)) > 0) read.Append(buffer, 0, n);
            return read.ToString();
        }
    }
}
