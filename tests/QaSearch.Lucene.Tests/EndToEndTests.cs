using QaSearch.Core.Answering;
using QaSearch.Core.Corpus;
using QaSearch.Core.Extraction;
using QaSearch.Lucene;
using QaSearch.Testing;

namespace QaSearch.Lucene.Tests;

/// <summary>Indexes the tiny fixture corpus (one file per format) and asserts exact answers and their sources.</summary>
public sealed class EndToEndTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly string _index;

    public EndToEndTests()
    {
        Fixtures.WriteTinyCorpus(_folder);
        _index = Path.Combine(_folder.Path, "index");
        using var writer = new LuceneIndexer(_index);
        var report = new CorpusIngest(new CorpusReader(), new PassageSplitter()).Run([_folder.Path], writer, excludeFolders: [_index]);
        Assert.Empty(report.Skipped);
    }

    [Theory]
    [InlineData("When was the schooner Kestrel launched?", "1894", "notes/kestrel.txt")]
    [InlineData("Who is the harbor master?", "Ada Brennan", "guide.md")]
    [InlineData("When was the lantern festival founded?", "1958", "festival.html")]
    [InlineData("What is Mina Park's email?", "mpark@example.edu", "people.csv")]
    [InlineData("How long is the Quill Bridge?", "94 meters", "bridge")]
    [InlineData("When was the lighthouse lamp electrified?", "1923", "report.pdf")]
    public void Answers_with_the_exact_span_and_its_source(string question, string expected, string docId)
    {
        using var retriever = new LuceneRetriever(_index);
        var pipeline = new QaPipeline(retriever, new AnswerExtractor());

        var answer = pipeline.Ask(question);

        Assert.Equal(expected, answer.Text);
        Assert.Equal(docId, answer.Source!.DocId);
        var documentText = new CorpusReader().Read(new CorpusFile(answer.Source.Path, docId)).Documents.Single(d => d.DocId == docId).Text;
        Assert.Equal(expected, documentText[answer.Source.Start..answer.Source.End]);
    }

    [Fact]
    public void Script_text_of_html_is_not_searchable()
    {
        using var retriever = new LuceneRetriever(_index);

        Assert.Empty(retriever.Retrieve("Zanzibar", 5));
    }

    [Fact]
    public void Indexing_the_same_folder_twice_keeps_the_passage_count()
    {
        int before;
        using (var retriever = new LuceneRetriever(_index)) before = retriever.PassageCount;
        using (var writer = new LuceneIndexer(_index))
            new CorpusIngest(new CorpusReader(), new PassageSplitter()).Run([_folder.Path], writer, excludeFolders: [_index]);

        using var again = new LuceneRetriever(_index);
        Assert.Equal(before, again.PassageCount);
    }

    public void Dispose() => _folder.Dispose();
}
