using QaSearch.Core.Extraction;
using QaSearch.Core.Retrieval;

namespace QaSearch.Core.Tests.Extraction;

public sealed class CandidateGeneratorTests
{
    private static List<AnswerCandidate> Names(string text, string question) => Candidates(text, question, CandidateKind.Name);

    private static List<AnswerCandidate> Candidates(string text, string question, CandidateKind kind)
    {
        var passage = new RetrievedPassage(new Passage("p#0", "p", "/p.txt", "", text, 0, text.Length, 0), 1, 0);
        var analysis = QuestionAnalyzer.Analyze(question);
        var tokens = TextTokenizer.Tokenize(text);
        var weights = analysis.KeyTerms.ToDictionary(t => t, _ => 1.0);
        var reading = new PassageReading(passage, analysis, weights, tokens, acronymHits: null) { CommonWords = PassageReading.LowerCaseWords(tokens) };
        return CandidateGenerator.Generate(reading, analysis).Where(c => c.Kind == kind).ToList();
    }

    [Fact]
    public void A_name_runs_on_across_a_connector_and_an_article_and_each_side_is_a_name_too()
    {
        // Given names written with "de la" and "of the" inside
        const string text = "Captain Ines Moraga commanded the ship Santa Lucia de la Rosa, flagship of the Gull Fleet.";

        // When names are proposed for a question about the ship
        var names = Names(text, "What was the name of the captain's ship?").Select(c => c.Text).ToList();

        // Then the whole name is one candidate, and so is each side of its article
        Assert.Contains("Santa Lucia de la Rosa", names);
        Assert.Contains("Santa Lucia", names);
        Assert.Contains("Rosa", names);
        Assert.Contains("Gull Fleet", names);
    }

    [Fact]
    public void A_name_that_owns_what_follows_it_ends_before_its_possessive()
    {
        // Given names in the possessive, with a straight and a curly apostrophe
        const string text = "The harbour passed to Port Alder's council, and then to the Gull Fleet’s captain.";

        // When names are proposed
        var names = Names(text, "Who took over the harbour?").Select(c => c.Text).ToList();

        // Then each name stops before its "'s"
        Assert.Contains("Port Alder", names);
        Assert.Contains("Gull Fleet", names);
        Assert.DoesNotContain(names, n => n.EndsWith("s", StringComparison.Ordinal));
    }

    [Fact]
    public void The_other_side_of_a_pair_ends_where_the_whole_name_does()
    {
        // Given a pair of names whose second is in the possessive
        const string text = "The ferry carried Ada Quell and Ivo Kern's crew to Gullport.";

        // When asked for the one the question does not name
        var names = Names(text, "Along with Ada Quell, who sailed on the ferry?").Select(c => c.Text).ToList();

        // Then that side, like the whole run, stops before the possessive
        Assert.Contains("Ivo Kern", names);
        Assert.DoesNotContain(names, n => n.EndsWith("'s", StringComparison.Ordinal));
    }

    [Fact]
    public void A_name_made_an_adjective_by_a_hyphen_and_a_participle_ends_at_its_hyphen()
    {
        // Given names made adjectives ("Varga-produced", "Gullport-based") and names with a hyphen of their own
        const string text = "The Varga-produced Harbour Songs album came from the Gullport-based Tidewise label of Jean-Paul Quell.";

        // When names are proposed
        var names = Names(text, "Who produced the Harbour Songs album?").Select(c => c.Text).ToList();

        // Then the adjective's name stops at its hyphen, and a hyphenated name stays whole
        Assert.Contains("Varga", names);
        Assert.Contains("Gullport", names);
        Assert.Contains("Jean-Paul Quell", names);
        Assert.DoesNotContain(names, n => n.Contains("-produced", StringComparison.Ordinal) || n.Contains("-based", StringComparison.Ordinal));
    }

    [Fact]
    public void A_word_capitalised_only_because_it_opens_a_sentence_is_no_name()
    {
        // Given sentences that open with an ordinary word, written in lower case elsewhere, and with two names
        const string text = "Historic charters name the harbour. The historic quay was rebuilt. New Gullport grew around it. " +
                            "Master of Harbour Studies students map the reef.\nRequirements: Students must swim.";

        // When names are proposed for a question about the harbour
        var names = Names(text, "What names the new harbour?").Select(c => c.Text).ToList();

        // Then the opening word alone is no name, nor the word that opens a field's value, and a name it opens is kept whole
        Assert.DoesNotContain("Historic", names);
        Assert.DoesNotContain("Students", names);
        Assert.Contains("New Gullport", names);
        Assert.Contains("Master of Harbour Studies", names);
    }

    [Fact]
    public void A_place_before_the_name_a_where_question_writes_is_proposed_alone()
    {
        // Given an event's name written after its place, and one written after an ordinary word
        const string text = "Eastfield Harbour Lights Days fill the quay. The original lights were lit. Original Harbour Lights Days had a parade.";

        // When names are proposed for a question that asks where the event takes place
        var names = Names(text, "Where does Harbour Lights Days take place?").Select(c => c.Text).ToList();

        // Then the place before the event's name is a name of its own, and the ordinary word is not
        Assert.Contains("Eastfield", names);
        Assert.Contains("Eastfield Harbour Lights Days", names);
        Assert.DoesNotContain("Original", names);
    }

    [Fact]
    public void No_noun_phrase_opens_or_runs_on_with_a_connective()
    {
        // Given a sentence whose phrases border on "because" and "thus"
        const string text = "The ferry stopped because storms closed the strait, thus harbour fees rose.";

        // When noun phrases are proposed for a what-question
        var phrases = Candidates(text, "What closed the strait?", CandidateKind.Phrase).Select(c => c.Text).ToList();

        // Then no phrase is or holds a connective, and the phrases beside them stay
        Assert.DoesNotContain(phrases, p => p.Split(' ').Any(w => w is "because" or "thus"));
        Assert.Contains("harbour fees rose", phrases);
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
