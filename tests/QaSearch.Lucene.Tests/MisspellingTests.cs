using QaSearch.Core;
using QaSearch.Lucene;
using QaSearch.Testing;

namespace QaSearch.Lucene.Tests;

/// <summary>Misspelt question words mended from the index's own vocabulary.</summary>
public sealed class MisspellingTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public MisspellingTests()
    {
        using var writer = new LuceneIndexer(_folder.Path);
        string[] texts =
        [
            "The Harbor Museum opened its doors in 1994 with a gallery of ship models.",
            "The harbour cafe serves soup at noon every day.",
            "Ferries leave the quay every hour in summer.",
        ];
        for (var i = 0; i < texts.Length; i++)
            writer.ReplaceFile($"/doc{i}", [new Passage($"/doc{i}#0", $"doc{i}", $"/doc{i}", "", texts[i], 0, texts[i].Length, 0)]);
        writer.Commit();
    }

    [Fact]
    public void A_word_no_passage_holds_is_mended_to_the_close_spelling_passages_use()
    {
        // Given an index whose passages write "museum" and "gallery"
        using var retriever = new LuceneRetriever(_folder.Path);

        // When the question misspells both, and has no other word ("musuem" has two letters swapped, "galery" one left out)
        var hits = retriever.Retrieve("Which musuem has a galery?", 3);

        // Then the passage about the museum comes first
        Assert.Equal("/doc0#0", hits[0].Passage.Id);
    }

    [Theory]
    [InlineData("galeri", "galleri", true)]
    [InlineData("musuem", "museum", true)]
    [InlineData("studen", "student", true)]
    [InlineData("renvenu", "revenu", true)]
    [InlineData("remit", "revit", false)]
    [InlineData("comma", "cosma", false)]
    [InlineData("museum", "museum", false)]
    public void Only_a_letter_left_out_added_or_swapped_is_a_slip(string typed, string meant, bool slip)
    {
        Assert.Equal(slip, Misspellings.SlipOf(typed, meant));
    }

    public void Dispose() => _folder.Dispose();
}
