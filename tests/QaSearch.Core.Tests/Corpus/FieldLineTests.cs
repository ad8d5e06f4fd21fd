using QaSearch.Core.Corpus;

namespace QaSearch.Core.Tests.Corpus;

public sealed class FieldLineTests
{
    [Fact]
    public void Finds_key_value_fields_with_value_offsets()
    {
        const string text = "Name: Ada Quell\nEmail aquell@cs.gull.edu\nOffice: \nInstructors: Moss, Fenn";

        var fields = FieldLine.Find(text);

        Assert.Equal(["Name", "Email", "Instructors"], fields.Select(f => f.Key));
        Assert.Equal("Moss, Fenn", fields[2].Value.Of(text));
    }

    [Fact]
    public void A_sentence_opening_with_a_label_word_is_no_field()
    {
        const string text = "Office 6705 Gates Hall\nOffice locations for faculty, staff, and students can be found on the website.\nOffice: Room 2.";

        var fields = FieldLine.Find(text);

        Assert.Equal(["6705 Gates Hall", "Room 2."], fields.Select(f => f.Value.Of(text)));
    }
}
