using QaSearch.Core;
using QaSearch.Lucene;
using QaSearch.Testing;

namespace QaSearch.Lucene.Tests;

/// <summary>A question's abbreviations searched in the other form the index's own passages define for them.</summary>
public sealed class AbbreviationRetrievalTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public AbbreviationRetrievalTests()
    {
        using var writer = new LuceneIndexer(_folder.Path);
        (string Title, string Text)[] documents =
        [
            ("Programs", "The Master of Harbour Studies (MHS) is a research degree of two years."),
            ("MHS Handbook", "Minimum grade: only courses passed with a C or better count."),
            ("Graduate Handbook", "A course taken elsewhere counts towards a degree when its director agrees."),
            ("Courses", "The course Machine Learning (ML) is taught every spring."),
        ];
        for (var i = 0; i < documents.Length; i++)
        {
            var (title, text) = documents[i];
            writer.ReplaceFile($"/doc{i}", [new Passage($"/doc{i}#0", $"doc{i}", $"/doc{i}", title, text, 0, text.Length, 0)]);
        }
        writer.Commit();
    }

    [Fact]
    public void A_long_form_in_the_question_also_finds_passages_that_write_its_short_form()
    {
        // Given an index where one passage defines "MHS" and a handbook titled with it never writes the long form
        using var retriever = new LuceneRetriever(_folder.Path);

        // When the question writes the degree out
        var hits = retriever.Retrieve("What grade must a course have to count towards the Master of Harbour Studies degree?", 4);

        // Then the MHS handbook comes before the other handbook, which shares as many of the question's words
        Assert.True(Rank(hits, "/doc1#0") < Rank(hits, "/doc2#0"), string.Join(", ", hits.Select(h => h.Passage.Id)));
    }

    [Fact]
    public void A_short_form_in_the_question_also_finds_passages_that_write_it_out()
    {
        using var retriever = new LuceneRetriever(_folder.Path);

        var hits = retriever.Retrieve("How long is the MHS?", 4);

        Assert.Equal("/doc0#0", hits[0].Passage.Id);
    }

    [Fact]
    public void A_quoted_title_and_a_name_that_holds_a_long_form_are_searched_as_written()
    {
        using var retriever = new LuceneRetriever(_folder.Path);
        using var reader = global::Lucene.Net.Index.DirectoryReader.Open(global::Lucene.Net.Store.FSDirectory.Open(_folder.Path));
        var table = AbbreviationTable.Of(reader);

        Assert.Equal(["MHS"], table.OtherForms("Who directs the Master of Harbour Studies?"));
        Assert.Empty(table.OtherForms("Who wrote \"Machine Learning for Master of Harbour Studies students\"?"));
        Assert.Empty(table.OtherForms("Where is the Center for Machine Learning?"));
        Assert.Empty(table.OtherForms("Who chairs the Machine Learning Department?"));
        Assert.Equal(["master of harbour studies"], table.OtherForms("How long is the MHS?"));
    }

    private static int Rank(IReadOnlyList<QaSearch.Core.Retrieval.RetrievedPassage> hits, string id)
    {
        var rank = hits.ToList().FindIndex(h => h.Passage.Id == id);
        return rank < 0 ? int.MaxValue : rank;
    }

    public void Dispose() => _folder.Dispose();
}
