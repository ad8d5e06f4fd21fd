using QaSearch.Core.Extraction;

namespace QaSearch.Core.Tests.Extraction;

public sealed class RecognizerTests
{
    [Theory]
    [InlineData("Write to lfisk@cs.gull.edu today.", AnswerType.Email, "lfisk@cs.gull.edu")]
    [InlineData("Call 412-268-7678 now.", AnswerType.Phone, "412-268-7678")]
    [InlineData("It costs $10 for guests.", AnswerType.Money, "$10")]
    [InlineData("About 45% agreed.", AnswerType.Percent, "45%")]
    [InlineData("Doors open 8:00 AM-9:00 AM ET daily.", AnswerType.Time, "8:00 AM-9:00 AM ET")]
    [InlineData("Ceremony: 2–3 p.m. in the hall.", AnswerType.Time, "2–3 p.m")]
    [InlineData("Open 10:30 to 11:30 a.m. weekdays.", AnswerType.Time, "10:30 to 11:30 a.m")]
    [InlineData("He spoke on November 15, 1900 in Gullport.", AnswerType.Date, "November 15, 1900")]
    [InlineData("The band was created in 1908.", AnswerType.Date, "1908")]
    [InlineData("The hall is open Monday to Saturday, 10am-4pm.", AnswerType.Date, "Monday to Saturday")]
    [InlineData("Tours run Saturdays – Sundays only.", AnswerType.Date, "Saturdays – Sundays")]
    [InlineData("The town was founded in the 6th century by monks.", AnswerType.Date, "6th century")]
    [InlineData("The wall dates from the fifteenth century BC, says the guide.", AnswerType.Date, "fifteenth century BC")]
    [InlineData("Vikings raided it in AD 922 and left.", AnswerType.Date, "AD 922")]
    [InlineData("He reigned 1820–1823 in the north.", AnswerType.Date, "1820–1823")]
    [InlineData("The 1998-99 season ended early.", AnswerType.Date, "1998-99")]
    [InlineData("In 883, the monks left the island.", AnswerType.Date, "883")]
    [InlineData("The charter was first written around 822 by an abbot.", AnswerType.Date, "822")]
    [InlineData("In 500 years the quay never flooded.", AnswerType.Duration, "500 years")]
    [InlineData("The ferry sank in 300 metres of water.", AnswerType.Number, "300 metres")]
    [InlineData("By 900 ships had called there.", AnswerType.Number, "900")]
    [InlineData("The crossing took 2,535 hours in all.", AnswerType.Duration, "2,535 hours")]
    [InlineData("The road ends at 4 December.", AnswerType.Date, "4 December")]
    [InlineData("The festival returns July 11-13th of 2025 downtown.", AnswerType.Date, "July 11-13th of 2025")]
    [InlineData("Build Week runs April 29 – May 3, 2024 on the lawn.", AnswerType.Date, "April 29 – May 3, 2024")]
    [InlineData("She finished 44th of the runners.", AnswerType.Number, "44th")]
    [InlineData("About one half of the harbour is dredged.", AnswerType.Number, "one half")]
    [InlineData("The quay lost two-thirds of its boats.", AnswerType.Number, "two-thirds")]
    [InlineData("It uses a 13-inch scale.", AnswerType.Number, "13-inch")]
    [InlineData("Iron melts above 1000 °C in the furnace.", AnswerType.Number, "1000 °C")]
    [InlineData("The summit stands 1500 metres above the sea.", AnswerType.Number, "1500 metres")]
    [InlineData("Tools date from 400,000 BCE at the site.", AnswerType.Date, "400,000 BCE")]
    [InlineData("The course lasts two semesters.", AnswerType.Duration, "two semesters")]
    [InlineData("Take 11-711 first.", AnswerType.Identifier, "11-711")]
    [InlineData("It meets ISO 9001 rules.", AnswerType.Identifier, "ISO 9001")]
    [InlineData("GCU has 16,779 students.", AnswerType.Number, "16,779")]
    [InlineData("Uranium came from seventeen countries.", AnswerType.Number, "seventeen")]
    [InlineData("It has forty-two rooms.", AnswerType.Number, "forty-two")]
    [InlineData("In 2007 the city had 40–50,000 street vendors.", AnswerType.Number, "40–50,000")]
    [InlineData("Gull Rovers won the final 4–0 at home.", AnswerType.Number, "4")]
    [InlineData("See https://example.org/page for more.", AnswerType.Url, "https://example.org/page")]
    [InlineData("In 1997 the website mp3.com offered songs for free.", AnswerType.Url, "mp3.com")]
    [InlineData("Apply at grad.example.edu/apply by May.", AnswerType.Url, "grad.example.edu/apply")]
    public void Recognizes_typed_spans(string text, AnswerType type, string expected)
    {
        var found = TypedRecognizers.Find(text);

        Assert.Contains(found, f => f.Type == type && f.Span.Of(text) == expected);
    }

    [Fact]
    public void Typed_spans_come_in_text_order_without_overlaps_the_first_recognizer_winning()
    {
        // An email's and a phone's digits, dates and times among many numbers: a table's worth of spans.
        var text = string.Join("\n", Enumerable.Range(0, 60).Select(i =>
            $"Row {i}: 412-268-{7600 + i}, desk{i}@cs.gull.edu, {i + 3} seats, March {i % 28 + 1}, 2024 at 8:{i % 60:00} AM, $ {i}0"));

        var found = TypedRecognizers.Find(text);

        Assert.All(found.Zip(found.Skip(1)), pair => Assert.True(pair.First.Span.End <= pair.Second.Span.Start));
        Assert.Contains(found, f => f.Type == AnswerType.Phone && f.Span.Of(text) == "412-268-7659");
        Assert.Contains(found, f => f.Type == AnswerType.Email && f.Span.Of(text) == "desk59@cs.gull.edu");
        Assert.DoesNotContain(found, f => f.Type == AnswerType.Url); // an email's domain is part of the email
        Assert.DoesNotContain(found, f => f.Type == AnswerType.Number && f.Span.Of(text) == "7659");
        Assert.Equal(60, found.Count(f => f.Type == AnswerType.Date));
    }

    public static TheoryData<string, AnswerType, string> WordLedForms()
    {
        // Every word a date, a duration or a number may open with, in the forms and cases the patterns take: each is
        // found, though the patterns are tried only where a text's word begins with one of their start words.
        var data = new TheoryData<string, AnswerType, string>();
        string[] months = ["Jan", "Jan.", "January", "Feb", "February", "Mar", "March", "Apr", "April", "May", "Jun", "June", "Jul", "July",
            "Aug", "August", "Sep", "Sept", "September", "Oct", "October", "Nov", "November", "Dec", "December"];
        foreach (var month in months) data.Add($"It opened on {month} 5, 2020 downtown.", AnswerType.Date, $"{month} 5, 2020");
        foreach (var day in new[] { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday" })
        {
            data.Add($"Open {day}s only.", AnswerType.Date, $"{day}s");
            data.Add($"Held {day}, March 3 at noon.", AnswerType.Date, $"{day}, March 3");
        }
        foreach (var season in new[] { "Spring", "Summer", "Fall", "Winter", "Autumn" }) data.Add($"Offered {season} 2024 again.", AnswerType.Date, $"{season} 2024");
        string[] ordinals = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth",
            "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty-first"];
        foreach (var ordinal in ordinals) data.Add($"Built in the {ordinal} century by hand.", AnswerType.Date, $"{ordinal} century");
        data.Add("Coins from CE 410 were found.", AnswerType.Date, "CE 410");
        string[] numbers = ["twenty", "thirty-one", "forty", "fifty", "sixty", "seventy", "eighty", "ninety-nine", "one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
            "hundred", "thousand", "dozen", "several", "a few", "Twelve", "A few", "SEVEN"];
        foreach (var number in numbers)
        {
            data.Add($"It lasted {number} weeks in all.", AnswerType.Duration, $"{number} weeks");
            data.Add($"We saw {number} of them.", AnswerType.Number, number);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(WordLedForms))]
    public void Recognizes_spans_opening_with_a_word(string text, AnswerType type, string expected)
    {
        var found = TypedRecognizers.Find(text);

        Assert.Contains(found, f => f.Type == type && f.Span.Of(text) == expected);
    }

    [Fact]
    public void A_span_opening_with_a_digit_and_one_opening_with_a_word_are_taken_in_text_order_as_one_pattern_takes_them()
    {
        // "30 March 1856" is one date from its digit (not "March 1856"); "May 4 – 6" from its month swallows "6"; the
        // year after "fifth century" stands alone; "twenty-one days" is one duration, its "one" no second number.
        const string text = "Born 30 March 1856, died May 4 – 6, 1920 in the fifth century BC 1700; twenty-one days, 12 days";

        var found = TypedRecognizers.Find(text);

        Assert.Equal(["30 March 1856", "May 4 – 6, 1920", "fifth century BC", "1700", "twenty-one days", "12 days"],
            found.Where(f => f.Type is AnswerType.Date or AnswerType.Duration).Select(f => f.Span.Of(text)));
        Assert.DoesNotContain(found, f => f.Span.Of(text) is "March 1856" or "6" or "one");
    }

    [Fact]
    public void A_weekday_that_begins_a_name_is_no_date()
    {
        const string text = "Founded by members of the Tuesday Musical Club, the society meets Tuesdays and Friday to Sunday.";

        var dates = TypedRecognizers.Find(text).Where(f => f.Type == AnswerType.Date).Select(f => f.Span.Of(text));

        Assert.Equal(["Tuesdays", "Friday to Sunday"], dates);
    }

    [Fact]
    public void Splits_list_values_into_items()
    {
        const string text = "authors: Shuyan Zhou, Frank F. Xu and Graham Neubig";

        var items = CandidateGenerator.ListItems(text, new TextSpan(9, text.Length)).Select(s => s.Of(text));

        Assert.Equal(["Shuyan Zhou", "Frank F. Xu", "Graham Neubig"], items);
    }
}
