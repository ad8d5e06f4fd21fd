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
}
