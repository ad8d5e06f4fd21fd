using QaSearch.Core.Evaluation;
using QaSearch.Testing;

namespace QaSearch.Core.Tests.Evaluation;

public sealed class QuestionSetReaderTests
{
    [Fact]
    public void Reads_questions_txt_with_references_beside_it()
    {
        using var folder = new TempFolder();
        var questions = folder.Write("questions.txt", "Who?\nWhen?\n");
        folder.Write("reference_answers.txt", "Ada\n1908\n");

        var set = QuestionSetReader.Read(questions);

        Assert.Equal([("1", "Who?", "Ada"), ("2", "When?", "1908")], set.Select(q => (q.Id, q.Question, q.Reference)));
    }

    [Fact]
    public void Reads_a_category_question_answer_csv()
    {
        using var folder = new TempFolder();
        var path = folder.Write("test.csv", "\uFEFFCategory,Question,Answer\njsons,\"Who, exactly?\",Ada;Ada L.\n");

        var q = Assert.Single(QuestionSetReader.Read(path));

        Assert.Equal(("jsons", "Who, exactly?", "Ada;Ada L."), (q.Category, q.Question, q.Reference));
    }

    [Fact]
    public void Reads_a_squad_style_array_with_contexts()
    {
        using var folder = new TempFolder();
        var path = folder.Write("dev.json", "[{\"context\": \"Ada was born in 1815.\", \"question\": \"When was Ada born?\", \"answer\": \"1815\"}]");

        var q = Assert.Single(QuestionSetReader.Read(path));

        Assert.Equal("Ada was born in 1815.", q.Context);
    }

    [Fact]
    public void Reads_squad_v11_json_with_every_gold_answer_as_an_alternate()
    {
        using var folder = new TempFolder();
        var path = folder.Write("dev-v1.1.json", "{\"data\": [{\"title\": \"Ada\", \"paragraphs\": [{\"context\": \"Ada was born in 1815.\", \"qas\": [{\"id\": \"q1\", \"question\": \"When was Ada born?\", \"answers\": [{\"text\": \"1815\", \"answer_start\": 16}, {\"text\": \"in 1815\", \"answer_start\": 13}]}]}]}]}");

        var q = Assert.Single(QuestionSetReader.Read(path));

        Assert.Equal(("q1", "When was Ada born?", "1815;in 1815", "Ada was born in 1815."), (q.Id, q.Question, q.Reference, q.Context));
    }

    [Fact]
    public void Misaligned_files_are_refused_with_both_names()
    {
        using var folder = new TempFolder();
        var questions = folder.Write("questions.txt", "Who?\nWhen?\n");
        folder.Write("reference_answers.txt", "Ada\n");

        var error = Assert.Throws<InvalidDataException>(() => QuestionSetReader.Read(questions));

        Assert.Contains("has 2 lines but", error.Message);
    }
}
