using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using QaSearch.Core;
using QaSearch.Core.Retrieval;
using QaSearch.Lucene;
using QaSearch.Testing;

namespace QaSearch.Lucene.Tests;

/// <summary>Document rankings (whole documents and MaxP) and RM3 feedback over a small index.</summary>
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
        {
            // Passages one after another, a space apart, with offsets that match.
            var starts = passages.Select((t, i) => passages.Take(i).Sum(p => p.Length + 1)).ToList();
            writer.ReplaceFile(doc, passages.Select((t, i) => new Passage($"{doc}#{i}", doc, doc, "", t, starts[i], starts[i] + t.Length, i)));
        }
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
    public void Whole_document_scoring_counts_terms_from_every_passage()
    {
        using var retriever = new LuceneRetriever(_folder.Path);

        // "compilers" has "translate" in one passage and "parser" in the other, so no passage of it holds both;
        // the query weighs "parser" double.
        // "parsing" holds "parser" twice in one passage. Only whole-document scoring credits "compilers" with both terms.
        var whole = retriever.RankDocuments("parser: translate a parser", 5);
        var maxP = DocumentRanking.MaxP(retriever, "parser: translate a parser", 5);

        Assert.Equal(["compilers", "parsing"], whole.Select(d => d.DocId));
        Assert.Equal(["parsing", "compilers"], maxP.Select(d => d.DocId));
    }

    [Theory]
    [InlineData(0.0, 0.0)]
    [InlineData(0.25, 0.2)]
    public void Whole_document_scores_equal_those_of_an_index_with_one_passage_per_document(double titleWeight, double proximity)
    {
        // Overlapping passages (the last sentence of one opens the next), as the splitter writes them.
        var documents = new Dictionary<string, string>
        {
            ["a"] = "Parsers read tokens. Grammars drive parsers. Tokens come from a lexer.",
            ["b"] = "Lexers split text into tokens for compilers.",
            ["c"] = "Weather reports mention rain. Rain falls on parsers rarely.",
        };
        using var split = new TempFolder();
        using var whole = new TempFolder();
        using (var splitWriter = new LuceneIndexer(split.Path))
        using (var wholeWriter = new LuceneIndexer(whole.Path))
        {
            foreach (var (id, text) in documents)
            {
                splitWriter.Add(Overlapping(id, text));
                wholeWriter.Add([new Passage($"{id}#0", id, id, "Notes on " + id, text, 0, text.Length, 0)]);
            }
            splitWriter.Commit();
            wholeWriter.Commit();
        }
        var settings = new RetrievalSettings { TitleWeight = titleWeight, ProximityWeight = proximity };
        using var splitRetriever = new LuceneRetriever(split.Path, settings);
        using var wholeRetriever = new LuceneRetriever(whole.Path, settings with { DocumentScoring = DocumentScoring.MaxP });

        var expected = wholeRetriever.RankDocuments("tokens for parsers and lexers", 3);
        var actual = splitRetriever.RankDocuments("tokens for parsers and lexers", 3);

        Assert.Equal(expected.Select(d => d.DocId), actual.Select(d => d.DocId));
        Assert.Equal(expected.Select(d => d.Score), actual.Select(d => d.Score), (x, y) => Math.Abs(x - y) < 1e-5);
    }

    /// <summary>Each sentence of <paramref name="text"/> with the next one: passages that overlap by a sentence.</summary>
    private static List<Passage> Overlapping(string id, string text)
    {
        var starts = new List<int> { 0 };
        for (var i = text.IndexOf(". ", StringComparison.Ordinal); i >= 0; i = text.IndexOf(". ", i + 1, StringComparison.Ordinal))
            starts.Add(i + 2);
        starts.Add(text.Length);
        var passages = new List<Passage>();
        for (var s = 0; s + 1 < starts.Count; s++)
        {
            var (start, end) = (starts[s], starts[Math.Min(s + 2, starts.Count - 1)]);
            passages.Add(new Passage($"{id}#{s}", id, id, "Notes on " + id, text[start..end], start, end, s));
        }
        return passages;
    }

    [Fact]
    public void A_document_id_given_to_two_documents_is_ranked_once()
    {
        using var folder = new TempFolder();
        using (var writer = new LuceneIndexer(folder.Path))
        {
            // As from a JSON Lines file that repeats an _id on lines apart.
            writer.Add([P("dup", "parser notes"), P("other", "parser and lexer"), P("dup", "parser parser notes")]);
            writer.Commit();
        }
        using var retriever = new LuceneRetriever(folder.Path);

        var documents = retriever.RankDocuments("parser", 10);

        Assert.Equal(["dup", "other"], documents.Select(d => d.DocId).Order());
        Assert.Equal([1, 2], documents.Select(d => d.Rank));

        static Passage P(string id, string text) => new($"{id}#0", id, "/f.jsonl", "", text, 0, text.Length, 0);
    }

    [Fact]
    public void An_index_without_whole_documents_ranks_them_by_best_passage()
    {
        using var old = new TempFolder();
        using (var writer = new IndexWriter(FSDirectory.Open(old.Path), new IndexWriterConfig(LuceneSettings.Version, LuceneSettings.CreateAnalyzer())))
        {
            foreach (var (id, text) in new[] { ("x", "parser notes"), ("y", "weather notes") })
            {
                writer.AddDocument(new Document
                {
                    new StringField(PassageFields.Id, id + "#0", Field.Store.YES), new StringField(PassageFields.DocId, id, Field.Store.YES),
                    new StringField(PassageFields.Path, id, Field.Store.YES), new StoredField(PassageFields.Text, text),
                    new TextField(PassageFields.Contents, text, Field.Store.NO), new StoredField(PassageFields.Start, 0),
                    new StoredField(PassageFields.End, text.Length), new StoredField(PassageFields.Ordinal, 0),
                });
            }
            writer.Commit();
        }
        using var retriever = new LuceneRetriever(old.Path);

        var documents = retriever.RankDocuments("parser", 5);

        Assert.False(retriever.HasWholeDocuments);
        Assert.Equal(["x"], documents.Select(d => d.DocId));
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
        var good = _folder.Write("s.json", "{\"k1\": 1.2, \"b\": 0.75, \"documentScoring\": \"maxp\", \"rm3\": {\"terms\": 20, \"model\": \"rocchio\"}}");
        var bad = _folder.Write("bad.json", "{\"b\": 3}");

        var settings = RetrievalSettings.Load(good);

        Assert.Equal((1.2f, 0.75f, 20, 10, FeedbackModel.Rocchio), (settings.Bm25.K1, settings.Bm25.B, settings.Feedback!.Terms, settings.Feedback.Documents, settings.Feedback.Model));
        Assert.Equal(DocumentScoring.MaxP, settings.DocumentScoring);
        Assert.StartsWith(bad, Assert.Throws<InvalidDataException>(() => RetrievalSettings.Load(bad)).Message);
    }

    public void Dispose() => _folder.Dispose();
}
