using QaSearch.Core.Corpus;

namespace QaSearch.Core.Tests.Corpus;

public sealed class TextRepairTests
{
    [Theory]
    [InlineData("and ob- serve that the disparity grows as hard- ware speed increases", "and observe that the disparity grows as hardware speed increases")]
    [InlineData("through a se-\nries of case studies", "through a series of case studies")]
    [InlineData("a se- \n ries", "a series")]
    public void A_word_broken_at_a_line_end_is_joined(string broken, string repaired)
    {
        Assert.Equal(repaired, TextRepair.Repair(broken));
    }

    [Theory]
    [InlineData("pre- and post-war housing")]
    [InlineData("first- or second-order terms")]
    [InlineData("A well-known result")]
    [InlineData("Call 412- 268 now")]
    [InlineData("Gullport - the city")]
    public void Real_hyphens_and_suspended_hyphens_stay(string text)
    {
        Assert.Equal(text, TextRepair.Repair(text));
    }

    [Fact]
    public void A_hyphenated_word_the_document_writes_elsewhere_keeps_its_hyphen()
    {
        Assert.Equal("state-of-the-art models beat state-of-the-art baselines",
            TextRepair.Repair("state-of-the- art models beat state-of-the-art baselines"));
    }

    [Theory]
    [InlineData("Code is at https://github.com/ JaredFern/Framework-Tax.", "Code is at https://github.com/JaredFern/Framework-Tax.")]
    [InlineData("see https://example.org/docs/\nguide.html today", "see https://example.org/docs/guide.html today")]
    [InlineData("see https://example.org/ for details", "see https://example.org/ for details")]
    [InlineData("write to rosa@cs.gull.\nedu today", "write to rosa@cs.gull.edu today")]
    public void Urls_and_addresses_broken_at_a_line_are_joined_and_nothing_else(string broken, string repaired)
    {
        Assert.Equal(repaired, TextRepair.Repair(broken));
    }

    [Theory]
    [InlineData("Winter: Jan. 15-21, 2024Summer: Aug. 12-18, 2024", "Winter: Jan. 15-21, 2024 Summer: Aug. 12-18, 2024")]
    [InlineData("founded in 1984Every year since", "founded in 1984 Every year since")]
    [InlineData("Lunch at 12Noon", "Lunch at 12 Noon")]
    public void A_number_glued_to_the_next_capitalised_word_is_parted(string glued, string parted)
    {
        Assert.Equal(parted, TextRepair.Repair(glued));
    }

    [Theory]
    [InlineData("3Com and 1Password ship 4K video in 3D")]
    [InlineData("Room B12Alpha and build 2024rc1")]
    [InlineData("the 2nd and 20th items")]
    public void Names_and_codes_that_start_with_digits_stay(string text)
    {
        Assert.Equal(text, TextRepair.Repair(text));
    }

    [Fact]
    public void Words_glued_to_a_link_are_parted_when_the_document_writes_the_linked_word_alone()
    {
        // Given a page whose links lost the spaces around them, and which names the linked words elsewhere
        var page = "TheGullport Roversare an American football team based inGullport. The Rovers play atTidewise Park. " +
                   "Gullport loves the Rovers. Tidewise Park is by the river. The Rovers won in 1979. Rovers fans cheer.";

        // When it is repaired
        var repaired = TextRepair.Repair(page);

        // Then each glued word stands apart, and nothing else changed
        Assert.Equal("The Gullport Rovers are an American football team based in Gullport. The Rovers play at Tidewise Park. " +
                     "Gullport loves the Rovers. Tidewise Park is by the river. The Rovers won in 1979. Rovers fans cheer.", repaired);
    }

    [Fact]
    public void A_word_run_into_the_next_lines_first_word_is_parted_by_a_line_break()
    {
        // Given lines whose breaks extraction lost, on a page that writes each last word alone elsewhere
        var page = "They won the Nobel PrizeIn 1975 they moved. A Nobel Prize is rare. Admission: FreeThe doors open at noon. Free parking. Follow us on LinkedIn today.";

        // When it is repaired
        var repaired = TextRepair.Repair(page);

        // Then each line stands apart again, and a name ending in a capitalised word ("LinkedIn") stays
        Assert.Equal("They won the Nobel Prize\nIn 1975 they moved. A Nobel Prize is rare. Admission: Free\nThe doors open at noon. Free parking. Follow us on LinkedIn today.", repaired);
    }

    [Theory]
    [InlineData("McDonald met Robin in Paris; Rob and Par were there. Rob left. Rob came back.")]
    [InlineData("Tap the iPhone, open InDesign in Design view, call toString on it.")]
    [InlineData("Louis and Lou: Louis spoke, Lou spoke, Lou laughed, Louis left.")]
    public void Names_that_only_look_glued_stay(string text)
    {
        Assert.Equal(text, TextRepair.Repair(text));
    }
}
