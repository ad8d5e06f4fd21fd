using QaSearch.Core.Extraction;
using QaSearch.Core.Retrieval;

namespace QaSearch.Core.Tests.Extraction;

public sealed class CandidateGeneratorTests
{
    private static List<AnswerCandidate> Names(string text, string question)
    {
        var passage = new RetrievedPassage(new Passage("p#0", "p", "/p.txt", "", text, 0, text.Length, 0), 1, 0);
        var analysis = QuestionAnalyzer.Analyze(question);
        var reading = new PassageReading(passage, analysis, new Dictionary<string, double>(), TextTokenizer.Tokenize(text), acronymHits: null);
        return CandidateGenerator.Generate(reading, analysis).Where(c => c.Kind == CandidateKind.Name).ToList();
    }

    [Theory]
    [InlineData("Tomas Wren", AnswerType.Person)]
    [InlineData("ADA QUELL", AnswerType.Person)]
    [InlineData("FC Gullport", AnswerType.Entity)]
    [InlineData("GCU Tidewise", AnswerType.Entity)]
    public void A_name_with_an_acronym_beside_written_words_is_no_person(string name, AnswerType expected)
    {
        // Given a sentence holding the name
        var text = $"The record went to {name} last year.";

        // When candidates are proposed for a question that asks who
        var candidates = Names(text, "Who holds the record?");

        // Then the name is typed as a person only when it is one
        Assert.Equal(expected, Assert.Single(candidates, c => c.Text == name).Type);
    }

    [Fact]
    public void A_name_opening_with_the_kind_asked_for_is_also_proposed_without_it()
    {
        // Given a page heading that writes its kind before an event's name
        const string text = "Harbor Days 2024 Event Gullport School of Design Open House";

        // When a question asks at which event, and another at which Event-named festival
        var forEvent = Names(text, "At which event can you meet Ivo Brand?").Select(c => c.Text).ToList();
        var forName = Names(text, "Which Event festival is on Sunday?").Select(c => c.Text).ToList();

        // Then the name after the kind is proposed too, and only where the question writes the kind as a common noun
        Assert.Contains("Event Gullport School of Design Open House", forEvent);
        Assert.Contains("Gullport School of Design Open House", forEvent);
        Assert.DoesNotContain("Gullport School of Design Open House", forName);
    }
}
