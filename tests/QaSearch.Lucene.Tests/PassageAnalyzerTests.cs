using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.TokenAttributes;
using QaSearch.Core;
using QaSearch.Testing;

namespace QaSearch.Lucene.Tests;

public sealed class PassageAnalyzerTests
{
    [Theory]
    [InlineData("The students' courses were taught at Quell College in 2023, by Dr. O'Hara (e-mail: oh@x.edu).")]
    [InlineData("Section 15-213 of the MS program meets on Mondays; the IT desk is in room 4.")]
    [InlineData("OF THE PEOPLE, BY THE PEOPLE")]
    [InlineData("the Ms Aii program")]
    [InlineData("the MS, AII program")]
    [InlineData("ONE OF THE best")]
    [InlineData("in 2023 AI grew")]
    [InlineData("printed at 8:28 PM\n249 5 1")]
    [InlineData("ALGOL\nCACM review")]
    public void Words_in_lower_case_far_apart_or_stop_words_give_the_english_analyzers_terms(string text)
    {
        using var ours = LuceneSettings.CreateAnalyzer();
        using var english = new EnglishAnalyzer(LuceneSettings.Version);

        var terms = Tokens(ours, text);

        Assert.Equal(Tokens(english, text), terms);
    }

    [Theory]
    [InlineData("the MS AII program", "msaii")]
    [InlineData("the MS-AII program", "msaii")]
    [InlineData("take CS 101 first", "cs101")]
    public void Two_adjacent_acronyms_are_also_indexed_joined_at_the_second_ones_position(string text, string joined)
    {
        using var analyzer = LuceneSettings.CreateAnalyzer();

        var tokens = Tokens(analyzer, text);

        var stacked = Assert.Single(tokens, t => t.Term == joined);
        Assert.Equal(0, stacked.Increment);
        var parts = text.Substring(stacked.Start, stacked.End - stacked.Start);
        Assert.Equal(joined, string.Concat(parts.Where(char.IsLetterOrDigit)).ToLowerInvariant());
    }

    [Fact]
    public void Words_are_joined_at_the_end_of_a_text_far_longer_than_the_window_kept()
    {
        using var analyzer = LuceneSettings.CreateAnalyzer();
        var text = string.Concat(Enumerable.Repeat("MS\nAII lines of text. ", 20_000)) + "the MS AII program";

        var tokens = Tokens(analyzer, text);

        var stacked = Assert.Single(tokens, t => t.Increment == 0);
        Assert.Equal(("msaii", text.Length - "MS AII program".Length), (stacked.Term, stacked.Start));
    }

    [Theory]
    [InlineData("Admission to the MS AII program needs a portfolio.", "What does MSAII admission need?")]
    [InlineData("Admission to the MSAII program needs a portfolio.", "What does MS AII admission need?")]
    [InlineData("Admission to the MSAII program needs a portfolio.", "What does MS-AII admission need?")]
    public void A_question_finds_the_acronym_written_whole_or_in_two_parts(string text, string question)
    {
        using var folder = new TempFolder();
        using (var writer = new LuceneIndexer(folder.Path))
        {
            writer.Add([
                new Passage("a#0", "a", "/a", "", text, 0, text.Length, 0),
                new Passage("b#0", "b", "/b", "", "Admission to the PhD program needs three letters.", 0, 49, 0),
            ]);
            writer.Commit();
        }
        using var retriever = new LuceneRetriever(folder.Path);

        var hits = retriever.Retrieve(question, 2);

        Assert.Equal("a#0", hits[0].Passage.Id);
        Assert.True(hits[0].Score > hits[1].Score);
    }

    private static List<(string Term, int Increment, int Start, int End)> Tokens(Analyzer analyzer, string text)
    {
        var tokens = new List<(string, int, int, int)>();
        using var stream = analyzer.GetTokenStream("contents", new StringReader(text));
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
            tokens.Add((term.ToString(), increment.PositionIncrement, offset.StartOffset, offset.EndOffset));
        stream.End();
        return tokens;
    }
}
