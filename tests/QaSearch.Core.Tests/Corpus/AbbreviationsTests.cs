using QaSearch.Core.Corpus;

namespace QaSearch.Core.Tests.Corpus;

/// <summary>Abbreviations a text defines, found by Schwartz and Hearst's rule.</summary>
public sealed class AbbreviationsTests
{
    [Theory]
    [InlineData("The Master of Harbour Studies (MHS) is a research degree.", "MHS", "master of harbour studies")]
    [InlineData("Contact the Office of International Education (OIE) first.", "OIE", "office of international education")]
    [InlineData("Many large language models (LLMs) were tested.", "LLMs", "large language models")]
    [InlineData("StuCo (Student Taught Courses) are run by students.", "StuCo", "student taught courses")]
    [InlineData("It offers the MS in Artificial Intelligence and Innovation (MSAII).", "MSAII", "ms in artificial intelligence and innovation")]
    public void A_short_form_in_brackets_after_or_before_its_long_form_is_defined(string text, string shortForm, string longForm)
    {
        var found = Abbreviations.Find(text).ToList();

        Assert.Equal([new Abbreviation(shortForm, longForm)], found);
    }

    [Theory]
    [InlineData("Bring a pen (optional) to class.")]
    [InlineData("He was born in Dunfermline, Scotland (UK).")]
    [InlineData("Grades are given as letters (A-F).")]
    [InlineData("Call us (412) 268-3000 today.")]
    [InlineData("See the new plan.\n(NP) is not explained here.")]
    public void Brackets_that_define_nothing_give_nothing(string text)
    {
        Assert.Empty(Abbreviations.Find(text));
    }

    [Fact]
    public void The_long_form_stops_at_the_start_of_its_sentence()
    {
        // "Students. Master of Science (MS)": the M of "Master" is the first letter, the previous sentence is not read
        var found = Abbreviations.Find("Students may transfer. Machine Learning (ML) is a core course.").ToList();

        Assert.Equal("machine learning", Assert.Single(found).Long);
    }
}
