using QaSearch.Core;
using QaSearch.Lucene;
using QaSearch.Testing;

namespace QaSearch.Lucene.Tests;

public sealed class LuceneIndexerTests
{
    [Theory]
    [InlineData("")]
    [InlineData("Harbor guide")]
    public void The_titled_reader_reads_what_titled_text_builds_with_the_title_on_its_own_line(string title)
    {
        const string text = "One. Two. Three.";
        using var reader = PassageFields.TitledReader(title, [text.AsMemory(0, 5), text.AsMemory(5)]);

        Assert.Equal(PassageFields.TitledText(title, text), reader.ReadToEnd());
        Assert.Equal(title.Length == 0 ? text : title + "\n" + text, PassageFields.TitledText(title, text));
    }

    [Fact]
    public void Documents_with_a_record_field_come_ordered_by_id_whatever_order_they_were_indexed_in()
    {
        using var folder = new TempFolder();
        var index = Path.Combine(folder.Path, "index");
        using (var writer = new LuceneIndexer(index))
            foreach (var name in new[] { "/c", "/a", "/b" }) writer.ReplaceFile(name, [P(name, 0, "Name: Keeper of " + name + "\nRole: Keeper")]);

        using var retriever = new LuceneRetriever(index);

        Assert.Equal(["/a", "/b", "/c"], retriever.DocumentsWithField("name"));
    }

    private static Passage P(string path, int ordinal, string text) => new($"{path}#{ordinal}", path, path, "", text, 0, text.Length, ordinal);

    [Fact]
    public void Indexing_a_file_again_replaces_its_passages_instead_of_duplicating_them()
    {
        using var folder = new TempFolder();
        var index = Path.Combine(folder.Path, "index");
        using (var writer = new LuceneIndexer(index))
        {
            writer.ReplaceFile("/a.txt", [P("/a.txt", 0, "old herring text"), P("/a.txt", 1, "more old text")]);
            writer.ReplaceFile("/b.txt", [P("/b.txt", 0, "bridge text")]);
            writer.Commit();
        }
        using (var writer = new LuceneIndexer(index))
        {
            writer.ReplaceFile("/a.txt", [P("/a.txt", 0, "new herring text")]);
            writer.Commit();
        }

        using var retriever = new LuceneRetriever(index);

        Assert.Equal(2, retriever.PassageCount);
        Assert.Equal("new herring text", Assert.Single(retriever.Retrieve("herring", 10)).Passage.Text);
    }

    [Fact]
    public void Results_are_ranked_by_score_with_ties_broken_by_passage_id()
    {
        using var folder = new TempFolder();
        var index = Path.Combine(folder.Path, "index");
        using (var writer = new LuceneIndexer(index))
        {
            foreach (var name in new[] { "/c", "/a", "/b" }) writer.ReplaceFile(name, [P(name, 0, "same words here")]);
            writer.ReplaceFile("/z", [P("/z", 0, "words words words here")]);
            writer.Commit();
        }
        using var retriever = new LuceneRetriever(index);

        var hits = retriever.Retrieve("words", 10);

        Assert.Equal(["/z#0", "/a#0", "/b#0", "/c#0"], hits.Select(h => h.Passage.Id));
        Assert.Equal([0, 1, 2, 3], hits.Select(h => h.Rank));
    }

    [Fact]
    public void A_tie_longer_than_the_fetched_margin_is_still_cut_by_passage_id()
    {
        // Given forty copies of one paragraph, added from the highest id down, so index order is the reverse of id order
        using var folder = new TempFolder();
        var index = Path.Combine(folder.Path, "index");
        using (var writer = new LuceneIndexer(index))
        {
            foreach (var n in Enumerable.Range(10, 40).Reverse()) writer.ReplaceFile($"/copy{n}", [P($"/copy{n}", 0, "the same boilerplate paragraph")]);
            writer.Commit();
        }
        using var retriever = new LuceneRetriever(index);

        // When three are asked for
        var hits = retriever.Retrieve("boilerplate", 3);

        // Then the three lowest ids come back, not the three Lucene met first
        Assert.Equal(["/copy10#0", "/copy11#0", "/copy12#0"], hits.Select(h => h.Passage.Id));
    }

    [Fact]
    public void A_passage_too_large_for_its_doc_value_is_read_back_whole_from_the_stored_fields()
    {
        using var folder = new TempFolder();
        var index = Path.Combine(folder.Path, "index");
        var huge = "herring " + string.Concat(Enumerable.Repeat("é word ", 6000));
        using (var writer = new LuceneIndexer(index))
        {
            writer.ReplaceFile("/big.txt", [new Passage("/big.txt#0", "big", "/big.txt", "Big", huge, 0, huge.Length, 0)]);
            writer.ReplaceFile("/small.txt", [new Passage("/small.txt#0", "small", "/small.txt", "Small", "herring é", 3, 12, 0)]);
            writer.Commit();
        }
        using var retriever = new LuceneRetriever(index);

        var hits = retriever.Retrieve("herring", 10).ToDictionary(h => h.Passage.DocId, h => h.Passage);

        Assert.Equal(huge, hits["big"].Text);
        Assert.Equal(new Passage("/small.txt#0", "small", "/small.txt", "Small", "herring é", 3, 12, 0), hits["small"]);
    }

    [Fact]
    public void Opening_a_missing_index_says_how_to_build_one()
    {
        using var folder = new TempFolder();

        var error = Assert.Throws<QaSearch.Core.Retrieval.IndexUnavailableException>(() => new LuceneRetriever(Path.Combine(folder.Path, "nope")));

        Assert.Contains("build one first: ./qasearch index PATH", error.Message);
    }
}
