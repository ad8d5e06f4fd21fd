using QaSearch.Core.Extraction;
using QaSearch.Testing;

namespace QaSearch.Core.Tests.Extraction;

public sealed class CompoundQuestionTests
{
    [Theory]
    [InlineData("Does Harbor have a ferry, and if so, what is it called?", "what is Harbor's ferry called?")]
    [InlineData("Are there night tours of the lighthouse? If so, when do they start?", "when do night tours of the lighthouse start?")]
    [InlineData("Is the quay open in winter, and if so, when?", "when the quay open in winter?")]
    [InlineData("Does Harbor have a ferry?", null)]
    [InlineData("What is the ferry called, if so?", null)]
    public void A_yes_no_question_with_a_follow_up_asks_the_follow_up_about_what_the_first_part_names(string question, string? followUp)
    {
        Assert.Equal(followUp, CompoundQuestion.FollowUp(question));
    }

    [Fact]
    public void A_yes_is_followed_by_the_answer_to_the_follow_up()
    {
        // Given a page that names the town's ferry
        var passages = Fixtures.Retrieved(
            "Harbor has a ferry that sails to the islands every hour. Harbor's ferry is called the Gull Star.",
            "The Harbor lighthouse was built in 1871.");
        var extractor = new AnswerExtractor();

        // When asked whether there is one and, if so, what it is called
        var answer = extractor.Extract("Does Harbor have a ferry, and if so, what is it called?", passages);
        var plain = extractor.Extract("Does Harbor have a ferry?", passages);

        // Then the answer says both, and points at the name; the plain question is still answered yes
        Assert.Equal("Yes, Gull Star", answer.Text);
        Assert.Equal("Does Harbor have a ferry, and if so, what is it called?", answer.Question);
        Assert.Equal("Gull Star", passages[0].Passage.Text[(answer.Source!.Start - passages[0].Passage.Start)..(answer.Source.End - passages[0].Passage.Start)]);
        Assert.Equal("Yes", plain.Text);
    }
}
