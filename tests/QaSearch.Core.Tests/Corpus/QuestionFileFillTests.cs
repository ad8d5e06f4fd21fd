using QaSearch.Core.Corpus;

namespace QaSearch.Core.Tests.Corpus;

public sealed class QuestionFileFillTests
{
    [Theory]
    [InlineData("Question: Who?\n\nContext: Ada built it.\n\nAnswer:", "Question: Who?\n\nContext: Ada built it.\n\nAnswer: Ada")]
    [InlineData("Question: Who?\r\nContext: Ada built it.\r\nAnswer:\r\n", "Question: Who?\r\nContext: Ada built it.\r\nAnswer: Ada\r\n")]
    [InlineData("Question: Who?\nContext: Ada built it.\nAnswer: old guess\nNotes: kept\n", "Question: Who?\nContext: Ada built it.\nAnswer: Ada\nNotes: kept\n")]
    [InlineData("Question: Who?\nContext: Answer: is not a label here.\n", "Question: Who?\nContext: Answer: is not a label here.\n\nAnswer: Ada\n")]
    public void Fill_sets_only_the_answer_line(string text, string filled)
    {
        Assert.Equal(filled, QuestionFile.Fill(text, "Ada"));
    }

    [Fact]
    public void No_answer_leaves_the_answer_line_empty()
    {
        Assert.Equal("Question: Who?\nContext: x\nAnswer:\n", QuestionFile.Fill("Question: Who?\nContext: x\nAnswer: stale\n", null));
    }
}
