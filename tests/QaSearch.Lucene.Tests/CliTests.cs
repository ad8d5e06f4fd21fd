using System.Text.Json;
using QaSearch.Cli;
using QaSearch.Testing;

namespace QaSearch.Lucene.Tests;

[CollectionDefinition("console", DisableParallelization = true)]
public sealed class ConsoleCollection;

/// <summary>The verbs run in-process with the console captured: output shapes and exit codes.</summary>
[Collection("console")]
public sealed class CliTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly string _index;

    public CliTests()
    {
        Fixtures.WriteTinyCorpus(_folder);
        _index = Path.Combine(_folder.Path, "index");
    }

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var (stdout, stderr) = (Console.Out, Console.Error);
        using var output = new StringWriter();
        using var error = new StringWriter();
        Console.SetOut(output);
        Console.SetError(error);
        try
        {
            var code = CliApp.Run(args);
            return (code, output.ToString(), error.ToString());
        }
        finally
        {
            Console.SetOut(stdout);
            Console.SetError(stderr);
        }
    }

    [Fact]
    public void Index_prints_a_summary_and_ask_json_has_the_documented_shape()
    {
        var (code, output, _) = Run("index", _folder.Path, "--index", _index);
        Assert.Equal(0, code);
        Assert.StartsWith("Indexed 6 files", output);

        var (askCode, json, _) = Run("ask", "When was the schooner Kestrel launched?", "--index", _index, "--json");

        Assert.Equal(0, askCode);
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        Assert.Equal(["question", "answer", "score", "source", "passage", "evidence"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("1894", root.GetProperty("answer").GetString());
        Assert.Equal(["path", "docid", "start", "end"], root.GetProperty("source").EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void Given_by_format_when_indexing_then_each_extension_has_its_files_read_skipped_and_characters()
    {
        File.WriteAllText(Path.Combine(_folder.Path, "broken.pdf"), "not a pdf");

        var (code, output, _) = Run("index", _folder.Path, "--index", _index, "--by-format");

        Assert.Equal(0, code);
        Assert.Contains("format        read  skipped     characters", output);
        Assert.Matches(@"\.pdf\s+1\s+1\s+[\d,]+\n", output.ReplaceLineEndings("\n")); // the tiny corpus has a good PDF too
        Assert.Matches(@"\.txt\s+\d+\s+0\s+[\d,]+\n", output.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Given_quiet_and_many_skipped_files_when_indexing_then_the_unreadable_one_is_listed_before_binaries_and_the_rest_counted()
    {
        for (var i = 0; i < 12; i++) File.WriteAllBytes(Path.Combine(_folder.Path, $"a{i:D2}.png"), [0x89, 0x50, 0x4E, 0x47]);
        File.WriteAllText(Path.Combine(_folder.Path, "zz-broken.pdf"), "not a pdf");

        var (code, output, error) = Run("index", _folder.Path, "--index", _index, "--quiet");

        Assert.Equal(0, code);
        Assert.Empty(error);
        var lines = output.ReplaceLineEndings("\n").Split('\n');
        var listed = lines.SkipWhile(l => !l.StartsWith("Skipped 13 files:", StringComparison.Ordinal)).Skip(1).Where(l => l.StartsWith("  ", StringComparison.Ordinal)).ToList();
        Assert.Contains("zz-broken.pdf", listed[0]);
        Assert.Equal(11, listed.Count);
        Assert.Equal("  ... and 3 more; run without --quiet to list them all", listed[^1]);
    }

    [Fact]
    public void Explain_lists_scored_candidates_or_says_the_answer_was_read_from_its_evidence()
    {
        // Given the tiny corpus and an FAQ page
        _folder.Write("docs/faq.txt", "Harbor Band FAQ\nQ: Are there auditions?\nA: No, anyone may join the Harbor Band.\n");
        Run("index", _folder.Path, "--index", _index);

        // When a span question and a question an FAQ pair answers are explained
        var (_, spans, _) = Run("ask", "When was the schooner Kestrel launched?", "--index", _index, "--explain");
        var (_, paired, _) = Run("ask", "Are there auditions for the Harbor Band?", "--index", _index, "--explain");

        // Then the first lists its scored candidates, and the second says it read its answer from the pair
        Assert.Contains("Top candidates:", spans);
        Assert.Contains("Answer:     No", paired);
        Assert.Contains("Evidence:   Q: Are there auditions? A: »No«", paired);
        Assert.Contains("No span candidates: the answer was read from the evidence above", paired);
    }

    [Fact]
    public void Answer_writes_one_json_line_per_question_in_input_order()
    {
        Run("index", _folder.Path, "--index", _index);
        var questions = _folder.Write("q/list.txt", "Who is the harbor master?\n\nWhen was the lantern festival founded?\n");
        var questionFile = _folder.Write("q/one.txt", "Question: What is Mina Park's email?\n\nContext: Emails are listed.\n\nAnswer:\n");
        var output = Path.Combine(_folder.Path, "out.jsonl");

        var (code, stdout, _) = Run("answer", questions, questionFile, "--index", _index, "--output", output);

        Assert.Equal(0, code);
        Assert.Equal("", stdout);
        var lines = File.ReadAllLines(output).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(["1", "3", "one.txt"], lines.Select(l => l.GetProperty("id").GetString()));
        Assert.Equal(["Ada Brennan", "1958", "mpark@example.edu"], lines.Select(l => l.GetProperty("answer").GetString()));
    }

    [Fact]
    public void A_missing_index_exits_2_with_what_to_do()
    {
        var (code, _, error) = Run("ask", "Who?", "--index", Path.Combine(_folder.Path, "missing"));

        Assert.Equal(2, code);
        Assert.Contains("./qasearch index PATH", error);
    }

    [Fact]
    public void A_usage_error_exits_1()
    {
        Assert.Equal(1, Run("search", "--top", "not-a-number").Code);
        Assert.Equal(1, Run("index").Code);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("?!")]
    public void A_question_without_words_is_a_usage_error(string question)
    {
        Run("index", _folder.Path, "--index", _index);

        var (code, output, error) = Run("ask", question, "--index", _index);

        Assert.Equal(1, code);
        Assert.Equal("", output);
        Assert.Contains("a question is needed", error);
    }

    [Fact]
    public void Json_output_carries_quotes_and_markup_as_themselves()
    {
        _folder.Write("license.txt", "Licensed under the \"License\" <Apache> & co.");
        Run("index", _folder.Path, "--index", _index);

        var (_, search, _) = Run("search", "Licensed Apache", "--index", _index, "--json", "--top", "1");
        var (_, ask, _) = Run("ask", "What is it licensed under?", "--index", _index, "--json");

        foreach (var json in new[] { search, ask })
        {
            Assert.DoesNotContain("\\u0022", json);
            Assert.DoesNotContain("\\u003C", json);
            JsonDocument.Parse(json.Trim());
        }
        Assert.Contains("""\"License\" <Apache> & co.""", search);
    }

    [Fact]
    public void Question_files_are_answered_from_their_own_context_and_filled_without_an_index()
    {
        var questions = Path.Combine(_folder.Path, "questions");
        Directory.CreateDirectory(questions);
        File.WriteAllText(Path.Combine(questions, "q1.txt"),
            "Question: When was the schooner Osprey launched?\n\nContext: The quay was rebuilt after the storm of 1954.\n" +
            "The schooner Osprey was launched in 1911 at the north yard.\nHerring boats land their catch every morning.\n\nAnswer:\n");
        var filled = Path.Combine(_folder.Path, "filled");

        var (code, output, _) = Run("answer", questions, "--own-context", "--fill", filled, "--index", Path.Combine(_folder.Path, "no-index-needed"));

        Assert.Equal(0, code);
        Assert.Equal("1911", JsonDocument.Parse(output.Trim()).RootElement.GetProperty("answer").GetString());
        Assert.EndsWith("\n\nAnswer: 1911\n", File.ReadAllText(Path.Combine(filled, "q1.txt")));
    }

    [Fact]
    public void Eval_scores_a_folder_of_answered_question_files_each_from_its_own_context()
    {
        // Given two question files whose Answer lines hold the expected answers, one of them not in its context
        _folder.Write("answered/q1.txt", "Question: When was the schooner Osprey launched?\n\nContext: The quay was rebuilt after the storm of 1954.\n" +
                                         "The schooner Osprey was launched in 1911 at the north yard.\n\nAnswer: 1911\n");
        _folder.Write("answered/q2.txt", "Question: Who painted the harbour mural?\n\nContext: Herring boats land their catch every morning.\n\nAnswer: Ines Moreau\n");
        var questions = Path.Combine(_folder.Path, "answered");
        var details = Path.Combine(_folder.Path, "answered.jsonl");

        // When eval is given the folder, with no index
        var (code, output, _) = Run("eval", questions, "--index", Path.Combine(_folder.Path, "no-index-needed"), "-o", details);

        // Then each file is answered from its own context and scored against its Answer line
        Assert.Equal(0, code);
        Assert.StartsWith("all                n=2 ", output);
        Assert.Contains("EM 0.500", output);
        var first = JsonDocument.Parse(File.ReadLines(details).First()).RootElement;
        Assert.Equal("q1.txt", first.GetProperty("id").GetString());
        Assert.Equal("1911", first.GetProperty("answer").GetString());
    }

    [Fact]
    public void Eval_as_question_files_writes_each_question_with_its_top_passages_and_scores_the_files()
    {
        // Given an index and a question set with references, one of them empty
        Run("index", _folder.Path, "--index", _index);
        var set = _folder.Write("set/questions.txt", "When was the schooner Kestrel launched?\nWho keeps the Quill Bridge?\n");
        _folder.Write("set/reference_answers.txt", "1894\n\n");
        var written = Path.Combine(_folder.Path, "as-files");

        // When the set is evaluated as question files of two passages each
        var (code, output, error) = Run("eval", set, "--index", _index, "--as-question-files", written, "--context", "2");

        // Then the answered question is written with its retrieved context and reference, and scored from that file alone
        Assert.Equal(0, code);
        Assert.Contains("1 of 2 questions have no reference", error);
        Assert.Equal(["00001.txt"], Directory.GetFiles(written).Select(Path.GetFileName));
        var text = File.ReadAllText(Path.Combine(written, "00001.txt"));
        Assert.StartsWith("Question: When was the schooner Kestrel launched?\n\nContext: ", text);
        Assert.Contains("1894", text[..text.LastIndexOf("Answer:", StringComparison.Ordinal)]);
        Assert.EndsWith("\n\nAnswer: 1894\n", text);
        Assert.StartsWith("all                n=1    EM 1.000", output);
    }

    [Fact]
    public void Eval_as_question_files_refuses_a_folder_that_holds_files_and_leaves_them_alone()
    {
        // Given an index, a question set, and a folder that already holds a file of the user's
        Run("index", _folder.Path, "--index", _index);
        var set = _folder.Write("set/questions.txt", "When was the schooner Kestrel launched?\n");
        _folder.Write("set/reference_answers.txt", "1894\n");
        var mine = _folder.Write("mine/notes.txt", "my own notes");

        // When the set is to be written as question files into that folder
        var (code, _, error) = Run("eval", set, "--index", _index, "--as-question-files", Path.GetDirectoryName(mine)!);

        // Then it is refused with the folder named, and the user's file is as it was
        Assert.NotEqual(0, code);
        Assert.Contains("is not empty", error);
        Assert.Equal("my own notes", File.ReadAllText(mine));
        Assert.Single(Directory.GetFiles(Path.GetDirectoryName(mine)!));
    }

    [Fact]
    public void Search_json_lists_ranked_passages()
    {
        Run("index", _folder.Path, "--index", _index);

        var (code, output, _) = Run("search", "Kestrel schooner", "--index", _index, "--json", "--top", "1");

        Assert.Equal(0, code);
        var hit = JsonDocument.Parse(output.Trim()).RootElement;
        Assert.Equal(1, hit.GetProperty("rank").GetInt32());
        Assert.Equal("notes/kestrel.txt", hit.GetProperty("docid").GetString());
    }

    [Theory]
    [InlineData("queries.jsonl", "{\"_id\": \"k\", \"text\": \"schooner Kestrel\"}\n{\"_id\": \"b\", \"text\": \"Quill Bridge\"}\n")]
    [InlineData("topics.txt", "<top>\n<num> Number: k\n<title> schooner Kestrel\n\n<desc> Description:\nQuill Bridge lore.\n</top>\n\n<top>\n<num> Number: b\n<title> Quill Bridge\n</top>\n")]
    [InlineData("topics.txt", "<DOC>\n<DOCNO> k </DOCNO>\n schooner Kestrel\n</DOC>\n<DOC>\n<DOCNO> b </DOCNO>\n Quill Bridge\n</DOC>\n")]
    public void Batch_search_writes_a_trec_run_that_eval_retrieval_scores(string name, string text)
    {
        // BEIR queries, TREC ad hoc topics (the title is the query), and TREC <DOC><DOCNO> topics.
        Run("index", _folder.Path, "--index", _index);
        var queries = _folder.Write("q/" + name, text);
        var qrels = _folder.Write("q/qrels.txt", "k 0 kestrel 1\nb 0 bridge 1\n");
        var run = Path.Combine(_folder.Path, "run.trec");

        var (code, _, _) = Run("search", "--queries", queries, "--run", run, "--index", _index, "--top", "5");
        var (evalCode, output, _) = Run("eval-retrieval", "--run", run, "--qrels", qrels);

        Assert.Equal(0, code);
        Assert.StartsWith("k Q0 notes/kestrel.txt 1 ", File.ReadLines(run).First());
        Assert.Equal(["b", "k"], File.ReadLines(run).Select(l => l.Split(' ')[0]).Distinct().Order());
        Assert.Equal(0, evalCode);
        Assert.StartsWith("queries 2  MAP 1.0000", output);
    }

    [Fact]
    public void A_doc_topic_with_a_headline_is_queried_with_its_words_once()
    {
        var topics = _folder.Write("q/topics.txt", "<DOC>\n<DOCNO> 7 </DOCNO>\n<TITLE>Harbor tides</TITLE>\nTide tables for the harbor.\n</DOC>\n");

        var query = Assert.Single(QueryFile.Read(topics));

        Assert.Equal(("7", "Harbor tides Tide tables for the harbor."), query);
    }

    public void Dispose() => _folder.Dispose();
}
