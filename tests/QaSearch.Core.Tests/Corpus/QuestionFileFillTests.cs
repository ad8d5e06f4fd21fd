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

    [Fact]
    public void A_context_line_that_starts_with_Answer_is_context_not_the_files_answer()
    {
        // Given a question file whose context holds an FAQ entry ("Answer: No") before the file's own Answer line
        const string text = "Question: Must I memorise music?\n\nContext: Question: Do I have to memorise music?\nAnswer: No, music is provided.\n\nAnswer: No\n";

        // When it is parsed and filled
        Assert.True(QuestionFile.TryParse(text, out var file));
        var filled = QuestionFile.Fill(text, "Yes");

        // Then the FAQ entry stays in the context, and only the last Answer line is the file's
        Assert.Contains("Answer: No, music is provided.", file.Context);
        Assert.Equal("No", file.Answer);
        Assert.EndsWith("Answer: No, music is provided.\n\nAnswer: Yes\n", filled);
    }

    [Fact]
    public void A_composed_question_file_reads_back_as_written()
    {
        // Given a question, two passages and a reference answer
        var text = QuestionFile.Compose("Who built\nthe lighthouse?", ["Ada built it in 1869. ", "The town paid."], "Ada");

        // When the composed text is parsed
        Assert.True(QuestionFile.TryParse(text, out var file));

        // Then it holds the question on one line, the passages as its context, one a line, and the answer
        Assert.Equal("Who built the lighthouse?", file.Question);
        Assert.Equal("Ada built it in 1869.\nThe town paid.", file.Context);
        Assert.Equal("Ada", file.Answer);
        Assert.EndsWith("\n\nAnswer:\n", QuestionFile.Compose("Who?", ["x"], null));
    }
}
