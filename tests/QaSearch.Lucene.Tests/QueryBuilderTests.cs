using QaSearch.Testing;
using QaSearch.Core;
using QaSearch.Lucene;

namespace QaSearch.Lucene.Tests;

public sealed class QueryBuilderTests
{
    [Theory]
    [InlineData("What is \"AND\" (or OR) in C++? [draft] {x} title:foo ~2 ^3 !")]
    [InlineData("AND")]
    [InlineData("\"unterminated quote")]
    [InlineData("a\\b/c*d?")]
    [InlineData("???")]
    [InlineData("")]
    public void Any_question_text_is_a_safe_query(string text)
    {
        using var folder = new TempFolder();
        using (var writer = new LuceneIndexer(folder.Path))
        {
            writer.Add([new Passage("d#0", "d", "/d", "", "C++ and OR gates are drafts.", 0, 10, 0)]);
            writer.Commit();
        }
        using var retriever = new LuceneRetriever(folder.Path);

        var exception = Record.Exception(() => retriever.Retrieve(text, 5));

        Assert.Null(exception);
    }

    [Fact]
    public void Terms_are_analysed_with_the_english_analyzer()
    {
        using var analyzer = LuceneSettings.CreateAnalyzer();

        var (terms, sequence) = new QueryBuilder(analyzer).Analyze("Who taught the Courses?");

        Assert.Equal(["who", "taught", "cours"], terms);
        Assert.Equal(terms, sequence);
    }

    [Fact]
    public void A_joined_acronym_is_a_term_but_no_position_and_takes_no_weight_from_the_others()
    {
        using var analyzer = LuceneSettings.CreateAnalyzer();

        var analyzed = new QueryBuilder(analyzer).Analyze("Who leads MS AII?");
        var (terms, sequence) = analyzed;

        Assert.Equal(["who", "lead", "ms", "aii", "msaii"], terms);
        Assert.Equal(["who", "lead", "ms", "aii"], sequence);
        Assert.All(analyzed.Weights().Values, w => Assert.Equal(0.25, w));
    }
}
