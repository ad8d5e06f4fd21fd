using System.Text.RegularExpressions;

namespace QaSearch.Core.Extraction;

/// <summary>Regular-expression recognizers for spans of a known type: dates, times, numbers, money, emails, phones, URLs, identifiers.</summary>
internal static partial class TypedRecognizers
{
    internal const string Month = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    internal const string Weekday = "(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day";
    private const string Clock = "\\d{1,2}(?::\\d{2})?\\s?(?:[aApP]\\.?[mM]\\.?)";
    // A unit of measure after a number, with or without a space or hyphen ("18 miles", "13-inch", "1000 °C").
    private const string Unit = @"(?:\s?|-)(?:meters|metres|meter|metre|miles|mile|mi|feet|foot|ft|yards|yard|km2|km|kilometers|kilometres|cm|mm|centimeters|centimetres|millimeters|millimetres|inches|inch|acres|hectares|square (?:feet|miles|meters|metres|kilometers|kilometres)|pounds|lbs|kg|kilograms|grams|tons|tonnes|litres|liters|gallons|ounces|mph|degrees|°\s?[CF])\b";
    private const string NumberWord = "(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|hundred|thousand|dozen|several|a few)";

    // Each with what a text must hold for it to match at all, looked for first: a vectorised search for a character
    // or a word costs little beside a pattern tried at every digit of a page.
    private static readonly (AnswerType Type, Regex Pattern, Func<string, bool> MayMatch)[] Recognizers =
    [
        (AnswerType.Email, EmailPattern(), text => text.Contains('@')),
        (AnswerType.Url, UrlPattern(), text => text.Contains("http", StringComparison.Ordinal) || text.Contains("www.", StringComparison.Ordinal)),
        (AnswerType.Phone, PhonePattern(), _ => true),
        (AnswerType.Money, MoneyPattern(), text => text.Contains('$') || text.Contains("dollars", StringComparison.Ordinal) ||
            text.Contains("USD", StringComparison.Ordinal) || text.Contains("ree", StringComparison.Ordinal)),
        (AnswerType.Percent, PercentPattern(), text => text.Contains('%') || text.Contains("percent", StringComparison.Ordinal)),
        (AnswerType.Time, TimePattern(), _ => true),
        (AnswerType.Date, DatePattern(), _ => true),
        (AnswerType.Duration, DurationPattern(), _ => true),
        (AnswerType.Identifier, IdentifierPattern(), _ => true),
        (AnswerType.Number, NumberPattern(), _ => true),
    ];

    /// <summary>Typed spans in <paramref name="text"/>, longest first where they overlap (an email's digits are not also a number).</summary>
    public static List<(AnswerType Type, TextSpan Span)> Find(string text)
    {
        // Kept in text order as they are found, so that whether a span overlaps one already taken is a look at its
        // two neighbours, not at every span (a table can hold hundreds of numbers).
        var found = new List<(AnswerType Type, TextSpan Span)>();
        foreach (var (type, pattern, mayMatch) in Recognizers)
        {
            if (!mayMatch(text)) continue;
            // EnumerateMatches: no Match object per number, date or code (a table holds hundreds of them).
            foreach (var match in pattern.EnumerateMatches(text))
            {
                var span = Trim(text, new TextSpan(match.Index, match.Index + match.Length));
                if (span.Length == 0) continue;
                var at = InsertionPoint(found, span.Start);
                if ((at > 0 && Overlaps(found[at - 1].Span, span)) || (at < found.Count && Overlaps(found[at].Span, span))) continue;
                found.Insert(at, (type, span));
            }
        }
        return found;
    }

    /// <summary>Whether <paramref name="span"/> lies wholly inside one of <paramref name="found"/> (as <see cref="Find"/> returns them).</summary>
    public static bool Within(List<(AnswerType Type, TextSpan Span)> found, TextSpan span)
    {
        var at = InsertionPoint(found, span.Start + 1);
        return at > 0 && found[at - 1].Span.Start <= span.Start && span.End <= found[at - 1].Span.End;
    }

    /// <summary>Where a span starting at <paramref name="start"/> goes among <paramref name="found"/> (in order of start, none overlapping).</summary>
    private static int InsertionPoint(List<(AnswerType Type, TextSpan Span)> found, int start)
    {
        var (low, high) = (0, found.Count);
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (found[middle].Span.Start < start) low = middle + 1;
            else high = middle;
        }
        return low;
    }

    private static bool Overlaps(TextSpan a, TextSpan b) => a.Start < b.End && b.Start < a.End;

    private static TextSpan Trim(string text, TextSpan span)
    {
        var (start, end) = (span.Start, span.End);
        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is '.' or ',' or ';' or ')' or ':')) end--;
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        return new TextSpan(start, end);
    }

    [GeneratedRegex(@"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"\bhttps?://[^\s<>""]+|\bwww\.[^\s<>""]+")]
    private static partial Regex UrlPattern();

    [GeneratedRegex(@"(?:\+?1[\s.-]?)?(?:\(\d{3}\)\s?|\b\d{3}[\s.-])\d{3}[\s.-]\d{4}\b")]
    private static partial Regex PhonePattern();

    [GeneratedRegex(@"\$\s?\d[\d,]*(?:\.\d+)?(?:\s?(?:million|billion|thousand|[MBK])\b)?|\b\d[\d,]*(?:\.\d+)?\s?(?:dollars|USD)\b|\b[Ff]ree\b")]
    private static partial Regex MoneyPattern();

    [GeneratedRegex(@"\b\d+(?:\.\d+)?\s?(?:%|percent\b)")]
    private static partial Regex PercentPattern();

    [GeneratedRegex(@"\b" + Clock + @"(?:\s?(?:-|–|to)\s?" + Clock + @")?(?:\s?ET\b)?|\b\d{1,2}:\d{2}(?:\s?(?:-|–|to)\s?\d{1,2}:\d{2})?\b|\b(?:noon|midnight)\b")]
    private static partial Regex TimePattern();

    [GeneratedRegex(@"\b(?:" + Weekday + @",?\s)?" + Month + @"\s\d{1,2}(?:st|nd|rd|th)?(?:\s?(?:-|–)\s?(?:" + Month + @"\s)?\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s(?:of\s)?\d{4})?\b|\b\d{1,2}\s" + Month + @"(?:\s\d{4})?\b|\b" + Month + @",?\s\d{4}\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b|\b(?:Spring|Summer|Fall|Winter|Autumn)\s\d{4}\b|\b" + Weekday + @"s?(?:\s?(?:-|–|to|through)\s?" + Weekday + @"s?)?\b|" + YearRange + @"|\b(?:1[0-9]|20)\d{2}s?\b(?!" + Unit + @")|\b" + Month + @"\b(?=\s|,|\.)|" + Century + @"|(?<![\d,.])\b\d[\d,]*(?:\s?[-–]\s?\d[\d,]*)?\s?(?:BC|BCE|AD|CE)\b|\b(?:AD|CE)\s?\d{1,4}\b")]
    private static partial Regex DatePattern();

    // "1820–1823", "1998-99": one span of years. "From 1933 to 1963" stays two years, either of which may be asked.
    private const string YearRange = @"\b(?:1[0-9]|20)\d{2}\s?(?:-|–|—)\s?(?:(?:1[0-9]|20)\d{2}|\d{2})\b(?!-)";

    // "the 6th century", "the fifteenth century BC", "the third millennium".
    private const string Century = @"\b(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first)[\s-](?:century|centuries|millennium)(?:\s(?:BC|BCE|AD|CE)\b)?";

    [GeneratedRegex(@"\b(?:\d[\d,]*(?:\.\d+)?|" + NumberWord + @")(?:\s?-\s?|\s)(?:years?|months?|weeks?|days?|hours?|minutes?|semesters?|terms?|seconds?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DurationPattern();

    // The shapes codes take in any field: digit groups joined by hyphens ("11-711", "978-0-12"), and a short
    // capitalised prefix before digits ("CS 101", "ISO 9001", "B12"). Dates and phone numbers have their own types.
    [GeneratedRegex(@"\b\d{2,}(?:-\d{2,})+[A-Z]?\b|\b[A-Z]{1,6}[- ]?\d{2,6}[A-Z]?\b")]
    private static partial Regex IdentifierPattern();

    // A number keeps its scale and unit of measure: "94 meters", "2.5 million", "18 miles", "13-inch", "1000 °C";
    // an ordinal keeps its suffix ("the 44th").
    [GeneratedRegex(@"\b\d+(?:st|nd|rd|th)\b|\b\d[\d,]*(?:\.\d+)?(?:\s(?:million|billion|thousand|hundred))?(?:" + Unit + @")?|\b" + NumberWord + @"\b", RegexOptions.IgnoreCase)]
    private static partial Regex NumberPattern();
}
