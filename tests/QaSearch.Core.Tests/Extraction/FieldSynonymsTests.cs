using QaSearch.Core.Extraction;

namespace QaSearch.Core.Tests.Extraction;

public sealed class FieldSynonymsTests
{
    [Theory]
    [InlineData("Email", "What is Lena Fisk's email?", 1.0)]
    [InlineData("Instructors", "Who taught the course Search Engines in fall 2023?", 0.8)]
    [InlineData("Rooms", "Where is the course held?", 0.8)]
    [InlineData("Course Number", "Who taught the course called Search Engines?", 0.3)]
    [InlineData("Semester", "Who taught 11-442 in the semester Spring 2024?", 0.3)]
    [InlineData("paperId", "What is the paper ID of the paper Tides?", 1.0)]
    [InlineData("Prerequisites", "Who taught the course?", 0.0)]
    [InlineData("Author", "What is the author ID of Ada Quell?", 0.6)] // names the author, not the id asked for
    [InlineData("authorId", "What is the author ID of Ada Quell?", 1.0)]
    [InlineData("Location", "When do the Harbor Gulls play the Port City Pilots?", 0.0)] // "City" is part of a name
    [InlineData("Location", "In which city do the Harbor Gulls play?", 0.8)]
    [InlineData("authorPaperCount", "What paper has the paper ID 6b7e0f?", 0.3)] // a count of papers is no paper
    [InlineData("paperId", "What paper has the paper ID 6b7e0f?", 0.3)] // nor is its id
    [InlineData("citationCount", "How many citations does the paper Tides have?", 1.0)] // how many: the count answers
    public void Scores_how_well_a_key_answers_the_question(string key, string question, double expected)
    {
        Assert.Equal(expected, FieldSynonyms.Match(key, QuestionAnalyzer.Analyze(question)));
    }

    [Fact]
    public void A_word_the_question_hyphenates_matches_the_key_that_writes_it_whole()
    {
        // Given a key written in camel case ("authorHIndex" reads "author hindex") and a question that writes "H-index"
        var question = QuestionAnalyzer.Analyze("What is the H-index of Ada Quell?");

        // Then the key holds the asked head word, as a key does that the question names
        Assert.Equal(0.8, FieldSynonyms.Match("authorHIndex", question), 6);
        Assert.Equal(0.0, FieldSynonyms.Match("authorIndexes", question));
    }

    [Fact]
    public void Among_keys_with_the_focus_head_the_one_with_more_of_the_focus_words_matches_best()
    {
        var question = QuestionAnalyzer.Analyze("What is the author citation count of Ada Quell?");

        var scores = new[] { "authorCitationCount", "citationCount", "referenceCount" }.Select(k => FieldSynonyms.Match(k, question)).ToList();

        Assert.Equal(1.0, scores[0]);
        Assert.True(scores[0] > scores[1] && scores[1] > scores[2] && scores[2] >= 0.8, string.Join(", ", scores));
    }

    [Fact]
    public void A_key_word_the_question_does_not_say_narrows_the_key_to_something_else()
    {
        var question = QuestionAnalyzer.Analyze("How many citations does the paper Tides have?");

        var scores = new[] { "citationCount", "influentialCitationCount", "authorCitationCount" }.Select(k => FieldSynonyms.Match(k, question)).ToList();

        Assert.Equal(1.0, scores[0]);
        Assert.True(scores[1] < scores[0] && scores[2] < scores[0] && scores[1] >= 0.8, string.Join(", ", scores));
    }

    [Theory]
    [InlineData("authorCitationCount", "author Citation Count")]
    [InlineData("paper_id", "paper id")]
    [InlineData("Course Number", "Course Number")]
    public void Splits_identifiers_into_words(string key, string expected)
    {
        Assert.Equal(expected, FieldSynonyms.SplitIdentifier(key));
    }
}
