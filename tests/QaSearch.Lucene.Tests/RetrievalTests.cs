using QaSearch.Core;
using QaSearch.Core.Retrieval;
using QaSearch.Lucene;
using QaSearch.Testing;

namespace QaSearch.Lucene.Tests;

/// <summary>Document rankings (MaxP) and RM3 feedback over a small index.</summary>
public sealed class RetrievalTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public RetrievalTests()
    {
        using var writer = new LuceneIndexer(_folder.Path);
        var texts = new Dictionary<string, string[]>
        {
            ["compilers"] = ["Compilers translate programs.", "A parser builds syntax trees for the compiler front end."],
            ["parsing"] = ["Syntax trees come from a parser. Grammar rules drive the parser."],
            ["sorting"] = ["Sorting algorithms order records."],
        };
        foreach (var (doc, passages) in texts)
            writer.ReplaceFile(doc, passages.Select((t, i) => new Passage($"{doc}#{i}", doc, doc, "", t, 0, t.Length, i)));
        for (var i = 0; i < 30; i++)
            writer.ReplaceFile($"filler{i}", [new Passage($"filler{i}#0", $"filler{i}", $"filler{i}", "", $"Unrelated note number {i} about weather.", 0, 10, 0)]);
        writer.Commit();
    }

    [Fact]
    public void Documents_are_ranked_once_each_by_their_best_passage()
    {
        using var retriever = new LuceneRetriever(_folder.Path);

        var documents = DocumentRanking.MaxP(retriever, "parser syntax trees", 2);

        Assert.Equal(["compilers", "parsing"], documents.Select(d => d.DocId).Order());
        Assert.Equal([1, 2], documents.Select(d => d.Rank));
    }

    [Fact]
    public void Rm3_finds_documents_that_share_feedback_terms_but_not_query_terms()
    {
        var settings = new RetrievalSettings { Feedback = new FeedbackOptions { Documents = 1, Terms = 5, OriginalWeight = 0.3 } };
        using var plain = new LuceneRetriever(_folder.Path);
        using var expanded = new LuceneRetriever(_folder.Path, settings);

        var without = plain.Retrieve("grammar rules", 10).Select(h => h.Passage.DocId).ToList();
        var with = expanded.Retrieve("grammar rules", 10).Select(h => h.Passage.DocId).ToList();

        Assert.DoesNotContain("compilers", without);
        Assert.Contains("compilers", with);
    }

    [Theory]
    [InlineData(FeedbackModel.Rm3)]
    [InlineData(FeedbackModel.Rocchio)]
    public void Each_feedback_model_reaches_documents_through_feedback_terms(FeedbackModel model)
    {
        var settings = new RetrievalSettings { Feedback = new FeedbackOptions { Model = model, Documents = 1, Terms = 5, OriginalWeight = 0.3 } };
        using var expanded = new LuceneRetriever(_folder.Path, settings);

        Assert.Contains("compilers", expanded.Retrieve("grammar rules", 10).Select(h => h.Passage.DocId));
    }

    [Fact]
    public void A_settings_file_sets_bm25_and_rm3_and_rejects_bad_values()
    {
        var good = _folder.Write("s.json", "{\"k1\": 1.2, \"b\": 0.75, \"rm3\": {\"terms\": 20, \"model\": \"rocchio\"}}");
        var bad = _folder.Write("bad.json", "{\"b\": 3}");

        var settings = RetrievalSettings.Load(good);

        Assert.Equal((1.2f, 0.75f, 20, 10, FeedbackModel.Rocchio), (settings.Bm25.K1, settings.Bm25.B, settings.Feedback!.Terms, settings.Feedback.Documents, settings.Feedback.Model));
        Assert.StartsWith(bad, Assert.Throws<InvalidDataException>(() => RetrievalSettings.Load(bad)).Message);
    }

    public void Dispose() => _folder.Dispose();
}
