using QaSearch.Core.Evaluation;

namespace QaSearch.Core.Tests.Evaluation;

public sealed class AnswerScorerTests
{
    [Fact]
    public void Normalizes_as_squad_does()
    {
        Assert.Equal("harbor band was created", AnswerScorer.Normalize("The  Harbor Band, was created!"));
        // The official script deletes ASCII punctuation (so a thousands separator joins the number) and keeps the rest.
        Assert.Equal(1, AnswerScorer.ExactMatch("7,062", "7062"));
        Assert.Equal("us–canada", AnswerScorer.Normalize("U.S.–Canada"));
    }

    [Fact]
    public void Exact_match_and_f1_take_the_best_alternate()
    {
        Assert.Equal(1, AnswerScorer.ExactMatch("scotty", "Scotty the Scottish Terrier;Scotty"));
        Assert.Equal(0.5, AnswerScorer.F1("Quell College", "Quell Institute"), 3);
        Assert.Equal(0, AnswerScorer.F1(null, "anything"));
    }

    [Fact]
    public void A_reference_read_whole_is_one_answer_even_with_semicolons_in_it()
    {
        // Given a reference that lists two rooms, and an answer that lists them too
        const string reference = "DH 2315; POS 153";

        // Then, read whole, the list is the answer; read as alternates, either room alone is
        Assert.Equal(1, AnswerScorer.ExactMatch("DH 2315, POS 153", reference, alternates: false));
        Assert.Equal(0, AnswerScorer.ExactMatch("DH 2315", reference, alternates: false));
        Assert.Equal(1, AnswerScorer.ExactMatch("DH 2315", reference));
        Assert.True(AnswerScorer.F1("DH 2315, POS 153", reference) < 1);
    }

    [Fact]
    public void Contains_matches_whole_normalized_words_only()
    {
        Assert.True(AnswerScorer.Contains("It was founded in 1908.", "1908"));
        Assert.False(AnswerScorer.Contains("It was founded in 19080.", "1908"));
    }
}
