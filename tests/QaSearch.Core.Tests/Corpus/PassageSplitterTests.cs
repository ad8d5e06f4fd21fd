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
    public void A_question_files_records_stay_whole_with_their_heading_line()
    {
        // Given a question file's context: prose, then a course record under a heading line and a closing tag, then prose
        var prose = string.Join(" ", Enumerable.Repeat("The harbour board met in the old hall to plan the season.", 6));
        var record = "<start course metadata for 11-631 Tide Tables>\nSemester: Fall 2023\nCourse Name: Tide Tables\n" +
                     "Course Number: 11-631\nDepartment: Harbour Studies\nInstructors: Mara Quell, Ivo Brand\n" +
                     "Rooms: Harbor Hall 204\nLocations: Port Alder\n</end course metadata for 11-631 Tide Tables>";
        var text = prose + "\n" + record + "\n" + prose;
        var options = new SplitterOptions { TargetChars = 200, MaxChars = 400 };

        var read = new PassageSplitter(options).Split(new SourceDocument("q", "/q.txt", "", text, Question: "Who teaches Tide Tables?"));
        var plain = new PassageSplitter(options).Split(Doc(text));

        // Then one passage holds the whole record, heading and closing tag included; the same text as plain text is cut inside it
        Assert.Contains(read, p => p.Text.Contains(record, StringComparison.Ordinal));
        Assert.All(read, p => Assert.Equal(text[p.Start..p.End], p.Text));
        Assert.DoesNotContain(plain, p => p.Text.Contains(record, StringComparison.Ordinal));
    }

    [Fact]
    public void A_record_whose_long_last_line_runs_on_into_the_next_line_stays_whole()
    {
        // Given a profile whose last field is a long line ending in a word, so that it reads on into the next line
        var prose = string.Join(" ", Enumerable.Repeat("The harbour board met in the old hall to plan the season.", 6));
        var profile = "Name: Ada Brand\nTitle: Professor of Harbour Studies\nEmail: ada@harbour.example\nPhone: 555-0100\n" +
                      "Office: Harbor Hall 204\nHours: Mondays and Thursdays\n" +
                      "Interests: Tide Modelling, Coastal Erosion, Harbour Engineering, Knot Theory and Rope Work, Sail Design, " +
                      "Lighthouse Optics, Storm Surge Forecasting, Salt Marsh Ecology, Dredging, Breakwater Design, Buoy Maintenance";
        var text = prose + "\n" + profile + "\nSee also the harbour pages\n" + prose;

        var passages = new PassageSplitter(new SplitterOptions { TargetChars = 200, MaxChars = 300 })
            .Split(new SourceDocument("q", "/q.txt", "", text, Question: "What are Ada Brand's interests?"));

        // Then the name and the interests stand in one passage
        Assert.Contains(passages, p => p.Text.Contains(profile, StringComparison.Ordinal));
    }

    [Fact]
    public void Field_blocks_take_a_heading_line_but_not_a_sentence_or_a_line_after_an_empty_one()
    {
        const string text = "Harbor Festival 2025\nDate: June 5\nTime: 6 PM\n\nThe festival began in 1958.\nVenue: Pier 4\n\nNotes\n\nOwner: Ada";

        var blocks = PassageSplitter.FieldBlocks(text).Select(b => b.Of(text)).ToList();

        Assert.Equal(["Harbor Festival 2025\nDate: June 5\nTime: 6 PM", "Venue: Pier 4", "Owner: Ada"], blocks);
    }

    [Fact]
    public void Records_run_together_are_told_apart_by_a_key_coming_round_again()
    {
        // Given two paper records with no line between them, then a profile whose keys are capitalised, "Title" too
        const string text = "title: Tides\nyear: 2023\ntitle: Knots\nyear: 2022\nName: Ada Brand\nTitle: Professor";

        var blocks = PassageSplitter.FieldBlocks(text).Select(b => b.Of(text)).ToList();

        Assert.Equal(["title: Tides\nyear: 2023", "title: Knots\nyear: 2022", "Name: Ada Brand\nTitle: Professor"], blocks);
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
