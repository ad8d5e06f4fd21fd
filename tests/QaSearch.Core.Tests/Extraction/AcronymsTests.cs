using QaSearch.Core.Extraction;

namespace QaSearch.Core.Tests.Extraction;

public sealed class AcronymsTests
{
    [Theory]
    [InlineData("The Master of Computational Data Science (MCDS) trains engineers.", "MCDS", "Master of Computational Data Science (MCDS)")]
    [InlineData("It was sued by the Department of Justice (DOJ) in 1998.", "DOJ", "Department of Justice (DOJ)")]
    [InlineData("Images came from near-field scanning optical microscopy (NSOM) runs.", "NSOM", "near-field scanning optical microscopy (NSOM)")]
    [InlineData("Apply to MCDS (Master of Computational Data Science) by May.", "MCDS", "MCDS (Master of Computational Data Science)")]
    public void An_acronym_written_with_its_expansion_is_widened_to_both(string text, string acronym, string widened)
    {
        // Given an acronym that the passage writes next to what it stands for
        var start = text.IndexOf(acronym, StringComparison.Ordinal);

        // When the answer span is widened
        var span = Acronyms.WithExpansion(text, new TextSpan(start, start + acronym.Length));

        // Then it holds both
        Assert.Equal(widened, span.Of(text));
    }

    [Theory]
    [InlineData("Students of the program (MCDS) meet weekly.", "MCDS")]
    [InlineData("The lab uses MRI (magnetic imaging) daily.", "MRI")]
    [InlineData("Call the office (GCU) now.", "GCU")]
    public void An_acronym_whose_neighbours_do_not_spell_it_stays(string text, string acronym)
    {
        var start = text.IndexOf(acronym, StringComparison.Ordinal);
        var span = new TextSpan(start, start + acronym.Length);

        Assert.Equal(span, Acronyms.WithExpansion(text, span));
    }

    [Theory]
    [InlineData("Which program focuses on large-scale systems?", false)]
    [InlineData("What is the abbreviation of the program?", true)]
    [InlineData("What does MCDS stand for?", true)]
    public void A_question_about_an_abbreviation_keeps_the_initials(string question, bool keeps)
    {
        Assert.Equal(keeps, QuestionAnalyzer.Analyze(question).AsksForAbbreviation);
    }
}
