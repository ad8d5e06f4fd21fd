using QaSearch.Core.Extraction;
using QaSearch.Testing;

namespace QaSearch.Core.Tests.Extraction;

public sealed class PassageSpellingTests
{
    [Theory]
    [InlineData("recieved", "received")]
    [InlineData("activitty", "activity")]
    [InlineData("studens", "students")]
    [InlineData("enviromentally", "environmentally")]
    [InlineData("tuscon", "tucson")]
    [InlineData("fulfill", "fulfil")] // a doubled last letter: the shorter word all a start of the longer
    public void A_letter_left_out_added_or_swapped_with_its_neighbour_inside_the_word_is_a_slip(string typed, string meant)
    {
        Assert.True(PassageSpelling.Slip(typed, meant));
    }

    [Theory]
    [InlineData("troups", "troops")] // a changed letter reads a word as another as often as it mends one
    [InlineData("change", "changed")] // an ending added: another form of the word
    [InlineData("event", "even")]
    [InlineData("ever", "never")]
    [InlineData("receive", "receive")] // the same word
    [InlineData("seperated", "separate")] // two edits
    public void Other_edits_are_no_slip(string typed, string meant)
    {
        Assert.False(PassageSpelling.Slip(typed, meant));
    }

    [Fact]
    public void A_question_word_no_passage_holds_is_read_as_the_passage_word_it_is_a_slip_of()
    {
        // Given passages that write "received" and "Tucson", and a question that misspells both
        var passages = Fixtures.Retrieved(
            "Nadia Comaneci received the first perfect score in 1976. She was 14.",
            "The mission stands nine miles south of Tucson.");
        var extractor = new AnswerExtractor();

        // When it is asked
        var answer = extractor.Extract("Who recieved the first perfect score near Tuscon?", passages);

        // Then it is read as the passages write its words, and the answer keeps the question as asked
        Assert.Equal("Who received the first perfect score near Tucson?", answer.ReadAs);
        Assert.Equal("Who recieved the first perfect score near Tuscon?", answer.Question);
        Assert.Equal("Nadia Comaneci", answer.Text);
    }

    [Fact]
    public void A_question_whose_words_the_passages_hold_or_lack_without_a_near_spelling_is_read_as_asked()
    {
        var passages = Fixtures.Retrieved("The lighthouse on Gull Point was built in 1871.");
        var extractor = new AnswerExtractor();

        var held = extractor.Extract("When was the lighthouse built?", passages);
        var unknown = extractor.Extract("When was the windmill built?", passages);

        Assert.Null(held.ReadAs);
        Assert.Null(unknown.ReadAs);
        Assert.Equal("1871", held.Text);
    }

    [Fact]
    public void Of_two_passage_words_a_word_is_a_slip_of_the_more_frequent_is_taken_and_of_two_as_frequent_neither()
    {
        // "snaks" is a slip of both "snacks" and "snakes".
        const string question = "Which snaks does the zoo sell?";
        var analysis = QuestionAnalyzer.Analyze(question);
        List<List<Token>> tied = [TextTokenizer.Tokenize("The zoo sells snacks. Its snakes are fed on Mondays.")];
        List<List<Token>> moreSnacks = [TextTokenizer.Tokenize("The zoo sells snacks. Its snakes are fed on Mondays. The snacks cost $2.")];

        Assert.Same(question, PassageSpelling.Correct(question, analysis, tied));
        Assert.Equal("Which snacks does the zoo sell?", PassageSpelling.Correct(question, analysis, moreSnacks));
    }
}
