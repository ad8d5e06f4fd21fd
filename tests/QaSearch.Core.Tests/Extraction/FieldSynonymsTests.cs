using QaSearch.Core.Extraction;

namespace QaSearch.Core.Tests.Extraction;

public sealed class FieldSynonymsTests
{
    [Theory]
    [InlineData("Email", "What is David Mortensen's email?", 1.0)]
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
    public void Scores_how_well_a_key_answers_the_question(string key, string question, double expected)
    {
        Assert.Equal(expected, FieldSynonyms.Match(key, QuestionAnalyzer.Analyze(question)));
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
