using System.Text.RegularExpressions;

namespace QaSearch.Core.Extraction;

/// <summary>Regular-expression recognizers for spans of a known type: dates, times, numbers, money, emails, phones, URLs, identifiers.</summary>
internal static partial class TypedRecognizers
{
    internal const string Month = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    internal const string Weekday = "(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day";
    private const string Clock = "\\d{1,2}(?::\\d{2})?\\s?(?:[aApP]\\.?[mM]\\.?)";
    // An ordinal in digits: "44th", "1st".
    internal const string Ordinal = @"\d+(?:st|nd|rd|th)";
    // A unit of measure after a number, with or without a space or hyphen ("18 miles", "13-inch", "1000 °C").
    internal const string Unit = @"(?:\s?|-)(?:meters|metres|meter|metre|miles|mile|mi|feet|foot|ft|yards|yard|km2|km|kilometers|kilometres|cm|mm|centimeters|centimetres|millimeters|millimetres|inches|inch|acres|hectares|square (?:feet|miles|meters|metres|kilometers|kilometres)|pounds|lbs|kg|kilograms|grams|tons|tonnes|litres|liters|gallons|ounces|mph|degrees|°\s?[CF])\b";
    private const string NumberWord = "(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|hundred|thousand|dozen|several|a few)";

    /// <summary>
    /// What a date's word-led alternatives start with: a month, a weekday, a season, an ordinal of a century, an era.
    /// Written before <see cref="Recognizers"/>, which uses it: static fields are set in the order written.
    /// </summary>
    private static readonly string[] DateWords =
    [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
        "Spring", "Summer", "Fall", "Winter", "Autumn",
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
        "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty",
        "AD", "CE",
    ];

    /// <summary>What the number words of durations and numbers start with, in any case ("a" for "a few").</summary>
    private static readonly string[] NumberWords =
    [
        "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
        "hundred", "thousand", "dozen", "several", "a",
    ];

    // Each with what a text must hold for it to match at all, looked for first: a vectorised search for a character
    // or a word costs little beside a pattern tried at every digit of a page. Dates, durations and numbers are
    // searched in two parts (see Recognizer): their number words and month names start at most letters of a text.
    private static readonly Recognizer[] Recognizers =
    [
        new(AnswerType.Email, EmailPattern(), text => text.Contains('@')),
        new(AnswerType.Url, UrlPattern(), text => text.Contains("http", StringComparison.Ordinal) || text.Contains("www.", StringComparison.Ordinal)),
        // A site named by its bare domain ("the website mp3.com"), under a generic top-level domain.
        new(AnswerType.Url, DomainPattern(), text => text.Contains(".com", StringComparison.Ordinal) || text.Contains(".org", StringComparison.Ordinal) ||
            text.Contains(".net", StringComparison.Ordinal) || text.Contains(".edu", StringComparison.Ordinal) || text.Contains(".gov", StringComparison.Ordinal)),
        new(AnswerType.Phone, PhonePattern()),
        new(AnswerType.Money, MoneyPattern(), text => text.Contains('$') || text.Contains("dollars", StringComparison.Ordinal) ||
            text.Contains("USD", StringComparison.Ordinal) || text.Contains("ree", StringComparison.Ordinal)),
        new(AnswerType.Percent, PercentPattern(), text => text.Contains('%') || text.Contains("percent", StringComparison.Ordinal)),
        new(AnswerType.Time, TimePattern()),
        new(AnswerType.Date, DateFromDigit(), wordLed: (DateFromWord(), new StartWords(DateWords, StringComparison.Ordinal))),
        new(AnswerType.Duration, DurationFromDigit(), wordLed: (DurationFromWord(), new StartWords(NumberWords, StringComparison.OrdinalIgnoreCase))),
        new(AnswerType.Identifier, IdentifierPattern()),
        new(AnswerType.Number, NumberFromDigit(), wordLed: (NumberFromWord(), new StartWords(NumberWords, StringComparison.OrdinalIgnoreCase))),
    ];

    /// <summary>Typed spans in <paramref name="text"/>, longest first where they overlap (an email's digits are not also a number).</summary>
    public static List<(AnswerType Type, TextSpan Span)> Find(string text)
    {
        // Kept in text order as they are found, so that whether a span overlaps one already taken is a look at its
        // two neighbours, not at every span (a table can hold hundreds of numbers).
        var found = new List<(AnswerType Type, TextSpan Span)>();
        var matches = new List<TextSpan>();
        foreach (var recognizer in Recognizers)
        {
            if (!recognizer.MayMatch(text)) continue;
            matches.Clear();
            recognizer.Matches(text, matches);
            foreach (var match in matches)
            {
                var span = Trim(text, match);
                if (recognizer.Type == AnswerType.Number) span = RisingRange(text, span);
                if (span.Length == 0) continue;
                var at = InsertionPoint(found, span.Start);
                if ((at > 0 && Overlaps(found[at - 1].Span, span)) || (at < found.Count && Overlaps(found[at].Span, span))) continue;
                found.Insert(at, (recognizer.Type, span));
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

    /// <summary>The type of the one of <paramref name="found"/> (as <see cref="Find"/> returns them) that is exactly <paramref name="span"/>; null when none is.</summary>
    public static AnswerType? TypeOf(List<(AnswerType Type, TextSpan Span)> found, TextSpan span)
    {
        var at = InsertionPoint(found, span.Start);
        return at < found.Count && found[at].Span == span ? found[at].Type : null;
    }

    /// <summary>The ones of <paramref name="found"/> (as <see cref="Find"/> returns them) that overlap <paramref name="span"/>, in text order.</summary>
    public static IEnumerable<(AnswerType Type, TextSpan Span)> Overlapping(List<(AnswerType Type, TextSpan Span)> found, TextSpan span)
    {
        for (var at = Math.Max(0, InsertionPoint(found, span.Start) - 1); at < found.Count && found[at].Span.Start < span.End; at++)
            if (Overlaps(found[at].Span, span)) yield return found[at];
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

    /// <summary>
    /// A number range whose second number is greater ("40–50,000"), or else its first number alone: "4–0" is a score,
    /// two numbers, not a range.
    /// </summary>
    private static TextSpan RisingRange(string text, TextSpan span)
    {
        var dash = text.IndexOf('–', span.Start, span.Length);
        if (dash < 0) return span;
        var second = span.End;
        for (var k = dash + 1; k < span.End; k++)
            if (!(char.IsDigit(text[k]) || text[k] is ',' or '.' || (char.IsWhiteSpace(text[k]) && k == dash + 1))) { second = k; break; }
        var left = text.AsSpan(span.Start, dash - span.Start).Trim().ToString().Replace(",", "");
        var right = text.AsSpan(dash + 1, second - dash - 1).Trim().ToString().Replace(",", "");
        if (double.TryParse(left, System.Globalization.CultureInfo.InvariantCulture, out var low) &&
            double.TryParse(right, System.Globalization.CultureInfo.InvariantCulture, out var high) && high > low)
            return span;
        return Trim(text, new TextSpan(span.Start, dash));
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

    [GeneratedRegex(@"(?<![\w@./-])[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|org|net|edu|gov)(?![\w@-])(?:/[^\s<>""]*)?", RegexOptions.IgnoreCase)]
    private static partial Regex DomainPattern();

    [GeneratedRegex(@"(?:\+?1[\s.-]?)?(?:\(\d{3}\)\s?|\b\d{3}[\s.-])\d{3}[\s.-]\d{4}\b")]
    private static partial Regex PhonePattern();

    [GeneratedRegex(@"\$\s?\d[\d,]*(?:\.\d+)?(?:\s?(?:million|billion|thousand|[MBK])\b)?|\b\d[\d,]*(?:\.\d+)?\s?(?:dollars|USD)\b|\b[Ff]ree\b")]
    private static partial Regex MoneyPattern();

    [GeneratedRegex(@"\b\d+(?:\.\d+)?\s?(?:%|percent\b)")]
    private static partial Regex PercentPattern();

    [GeneratedRegex(@"\b(?:\d{1,2}(?::\d{2})?\s?(?:-|–|to)\s?)?" + Clock + @"(?:\s?(?:-|–|to)\s?" + Clock + @")?(?:\s?ET\b)?|\b\d{1,2}:\d{2}(?:\s?(?:-|–|to)\s?\d{1,2}:\d{2})?\b|\b(?:noon|midnight)\b")]
    private static partial Regex TimePattern();

    // A date's alternatives in two parts, each in the whole pattern's order: those starting with a digit, and those
    // starting with a word of DateWords, anchored where Recognizer finds such a word.
    [GeneratedRegex(@"\b\d{1,2}\s" + Month + @"(?:\s\d{4})?\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b|" + YearRange + @"|\b(?:1[0-9]|20)\d{2}s?\b(?!" + Unit + @")|\b\d{1,2}(?:st|nd|rd|th)" + CenturyTail + @"|(?<![\d,.])\b\d[\d,]*(?:\s?[-–]\s?\d[\d,]*)?\s?(?:BC|BCE|AD|CE)\b|" + EarlyYear)]
    private static partial Regex DateFromDigit();

    // "In 883, he conquered …", "around 822 by a …": a year of three digits, told from a count by the word before it
    // and by what follows it (a clause's end, or a word that no count is of).
    private const string EarlyYear = @"(?<=\b(?:[Ii]n|[Bb]y|[Aa]round|[Cc]irca|[Ss]ince|[Uu]ntil|[Yy]ear) )[1-9]\d{2}\b(?=\s?[,.;:)]\s|\.?$|\s(?:(?:by|and|when|the|he|she|it|they|his|her|its|their|led|was|were)\b|[A-Z]))";

    [GeneratedRegex(@"\G(?:\b(?:" + Weekday + @",?\s)?" + Month + @"\s\d{1,2}(?:st|nd|rd|th)?(?:\s?(?:-|–)\s?(?:" + Month + @"\s)?\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s(?:of\s)?\d{4})?\b|\b" + Month + @",?\s\d{4}\b|\b(?:Spring|Summer|Fall|Winter|Autumn)\s\d{4}\b|\b" + Weekday + @"s?(?:\s?(?:-|–|to|through)\s?" + Weekday + @"s?)?\b(?![ \t][A-Z][a-z])|\b" + Month + @"\b(?=\s|,|\.)|\b" + OrdinalWord + CenturyTail + @"|\b(?:AD|CE)\s?\d{1,4}\b)")]
    private static partial Regex DateFromWord();

    // "1820–1823", "1998-99": one span of years. "From 1933 to 1963" stays two years, either of which may be asked.
    private const string YearRange = @"\b(?:1[0-9]|20)\d{2}\s?(?:-|–|—)\s?(?:(?:1[0-9]|20)\d{2}|\d{2})\b(?!-)";

    // "the 6th century", "the fifteenth century BC", "the third millennium".
    private const string OrdinalWord = "(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first)";
    private const string CenturyTail = @"[\s-](?:century|centuries|millennium)(?:\s(?:BC|BCE|AD|CE)\b)?";

    private const string DurationUnit = @"(?:\s?-\s?|\s)(?:years?|months?|weeks?|days?|hours?|minutes?|semesters?|terms?|seconds?)\b";

    [GeneratedRegex(@"\b\d[\d,]*(?:\.\d+)?" + DurationUnit, RegexOptions.IgnoreCase)]
    private static partial Regex DurationFromDigit();

    [GeneratedRegex(@"\G\b" + NumberWord + DurationUnit, RegexOptions.IgnoreCase)]
    private static partial Regex DurationFromWord();

    // The shapes codes take in any field: digit groups joined by hyphens ("11-711", "978-0-12"), and a short
    // capitalised prefix before digits ("CS 101", "ISO 9001", "B12"). Dates and phone numbers have their own types.
    [GeneratedRegex(@"\b\d{2,}(?:-\d{2,})+[A-Z]?\b|\b[A-Z]{1,6}[- ]?\d{2,6}[A-Z]?\b")]
    private static partial Regex IdentifierPattern();

    // A number keeps its scale and unit of measure: "94 meters", "2.5 million", "18 miles", "13-inch", "1000 °C";
    // a range written with an en dash is one number ("40–50,000"); an ordinal keeps its suffix ("the 44th").
    [GeneratedRegex(@"\b" + Ordinal + @"\b|\b\d[\d,]*(?:\.\d+)?(?:\s?–\s?\d[\d,]*(?:\.\d+)?)?(?:\s(?:million|billion|thousand|hundred))?(?:" + Unit + @")?", RegexOptions.IgnoreCase)]
    private static partial Regex NumberFromDigit();

    // A fraction in words is one number ("one half", "two-thirds"), not its numerator alone.
    [GeneratedRegex(@"\G\b(?:(?:one|two|three|four|five|six|seven|eight|nine)[\s-](?:halves|half|thirds?|quarters?|fifths?|sixths?|eighths?|tenths?)|" + NumberWord + @")\b", RegexOptions.IgnoreCase)]
    private static partial Regex NumberFromWord();

    /// <summary>
    /// A recognizer: its type, its pattern, and what a text must hold for the pattern to match at all. A pattern whose
    /// alternatives start either with a digit or with one of a few words (a month, a number word) comes in two parts,
    /// which together find what the whole would: the digit-led alternatives, which the regex engine looks for only at
    /// digits, and the word-led ones, anchored, tried only where a word of the text begins with one of those words.
    /// Whole, such a pattern is tried at nearly every letter of a page ("first", "one", "several" start with common
    /// letters): the three took a fifth of the time extraction spends on a question's passages, half of it now.
    /// </summary>
    private sealed class Recognizer(AnswerType type, Regex pattern, Func<string, bool>? mayMatch = null, (Regex Anchored, StartWords Starts)? wordLed = null)
    {
        public AnswerType Type => type;

        public bool MayMatch(string text) => mayMatch is null || mayMatch(text);

        /// <summary>Adds the matches in <paramref name="text"/> to <paramref name="into"/> as one scan of the whole pattern finds them: in text order, none overlapping.</summary>
        public void Matches(string text, List<TextSpan> into)
        {
            if (wordLed is not { } led)
            {
                // EnumerateMatches: no Match object per number, date or code (a table holds hundreds of them).
                foreach (var match in pattern.EnumerateMatches(text)) into.Add(new TextSpan(match.Index, match.Index + match.Length));
                return;
            }
            // From where the scan stands, the earlier of the next digit-led and the next word-led match is taken, and
            // the scan goes on after it. One place never holds both: each kind starts with its own kind of character.
            var position = 0;
            var digitLed = First(pattern, text, 0);
            while (position < text.Length && (NextWordLed(led, text, position, digitLed?.Start ?? text.Length) ?? digitLed) is { } taken)
            {
                into.Add(taken);
                position = Math.Max(taken.End, taken.Start + 1);
                if (digitLed is { } next && next.Start < position) digitLed = First(pattern, text, position);
            }
        }

        private static TextSpan? First(Regex pattern, string text, int from)
        {
            foreach (var match in pattern.EnumerateMatches(text, from)) return new TextSpan(match.Index, match.Index + match.Length);
            return null;
        }

        /// <summary>The first word-led match starting in [<paramref name="from"/>, <paramref name="before"/>): tried at each word that begins with a start word.</summary>
        private static TextSpan? NextWordLed((Regex Anchored, StartWords Starts) led, string text, int from, int before)
        {
            for (var i = from; i < before; i++)
            {
                // A word-led alternative opens with \b and a letter, so not after a letter or a digit.
                if (!char.IsLetter(text[i]) || (i > 0 && char.IsLetterOrDigit(text[i - 1]))) continue;
                var end = i + 1;
                while (end < text.Length && char.IsLetter(text[end])) end++;
                if (led.Starts.Begin(text.AsSpan(i, end - i)))
                    foreach (var match in led.Anchored.EnumerateMatches(text, i))
                        if (match.Index == i) return new TextSpan(i, i + match.Length);
                i = end - 1;
            }
            return null;
        }
    }

    /// <summary>
    /// The words a pattern's word-led alternatives start with. A word of a text begins with one when it is one, or, for
    /// those of three letters or more, when it starts with one ("Sept" with "Sep", "Mondays" with "Monday"): a superset
    /// of the places the alternatives can match, which the anchored pattern then decides.
    /// </summary>
    private sealed class StartWords
    {
        private readonly string[][] _byFirstLetter = new string[26][];
        private readonly StringComparison _comparison;

        public StartWords(string[] words, StringComparison comparison)
        {
            _comparison = comparison;
            for (var letter = 0; letter < 26; letter++)
                _byFirstLetter[letter] = words.Where(w => char.ToLowerInvariant(w[0]) == 'a' + letter).ToArray();
        }

        public bool Begin(ReadOnlySpan<char> word)
        {
            var letter = char.ToLowerInvariant(word[0]) - 'a';
            if (letter is < 0 or >= 26) return false;
            foreach (var start in _byFirstLetter[letter])
                if (start.Length >= 3 ? word.StartsWith(start, _comparison) : word.Equals(start, _comparison)) return true;
            return false;
        }
    }
}
