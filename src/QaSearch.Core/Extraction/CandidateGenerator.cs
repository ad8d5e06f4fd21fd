using System.Text.RegularExpressions;

namespace QaSearch.Core.Extraction;

/// <summary>
/// Proposes candidate spans from a passage: values of fields the question asks for, typed spans, runs of
/// capitalized words, noun phrases near the question's terms, and clauses for description questions. Thread-safe.
/// </summary>
internal static partial class CandidateGenerator
{
    /// <summary>Lower-case words that may stand inside a name ("Bank of America", "Ludwig van Beethoven"); the question's analysis uses them too.</summary>
    internal static readonly HashSet<string> NameConnectors = new(StringComparer.Ordinal) { "of", "and", "for", "the", "de", "van", "von", "la", "du", "del", "&", "in", "on", "at" };
    private static readonly HashSet<string> Copulas = TextTokenizer.NormalizedSet("is", "are", "was", "were", "refers", "means", "allows", "includes");

    public static IEnumerable<AnswerCandidate> Generate(PassageReading reading, QuestionAnalysis question)
    {
        var text = reading.Source.Passage.Text;
        foreach (var candidate in FieldCandidates(reading, question)) yield return candidate;
        foreach (var candidate in TitledNames(reading, question)) yield return candidate;
        var typed = TypedRecognizers.Find(text);
        // "In what year …?" asks for the year alone; "What month and year …?" for both.
        var asksYear = question.Focus.Count > 0 && question.Focus[^1] == "year" && !question.Focus.Any(f => f is "month" or "day" or "date");
        foreach (var (type, span) in typed)
        {
            if (IsCitationMark(text, type, span)) continue;
            var answer = type == AnswerType.Date && asksYear ? YearOf(text, span) : WithBound(text, span, type);
            yield return new AnswerCandidate(reading.Source, answer, type, CandidateKind.Typed, reading.SentenceOf(span), 0);
        }
        foreach (var sentence in reading.Sentences)
        {
            foreach (var (span, type) in Names(reading, sentence, question, CommasInAName(question)))
            {
                // "March" of "30 March 1856" is part of a date, already proposed whole, not a name; "Title" of
                // "Title: Assistant Professor" is a field's key, not its value; "TBD" holds a place for a name.
                if (!TypedRecognizers.Within(typed, span) && !InFieldKey(reading, span) && !IsLonePlaceholder(reading, span))
                    yield return new AnswerCandidate(reading.Source, span, type, CandidateKind.Name, sentence, 0);
            }
            if (reading.Overlap(sentence) == 0) continue;
            if (question.Type is AnswerType.Entity or AnswerType.Title or AnswerType.Description or AnswerType.Organization or AnswerType.Place)
                foreach (var span in NounPhrases(reading, sentence, CommasInAPhrase(question)))
                {
                    // "2–3 p.m" is no phrase that might answer "Where …?" or "Which event …?": it is the time it is. It
                    // may still be read as a phrase for "What did … name?", which no type rules out.
                    if (TypedRecognizers.TypeOf(typed, span) is not { } type || !CandidateFeatures.RulesOut(question, type))
                        if (!SaysWhatIsRuledOut(reading, typed, span, question))
                            yield return new AnswerCandidate(reading.Source, span, AnswerType.Entity, CandidateKind.Phrase, sentence, 0);
                }
            if (question.Type is AnswerType.Description or AnswerType.Entity)
                foreach (var span in Clauses(reading, sentence))
                    yield return new AnswerCandidate(reading.Source, span, AnswerType.Description, CandidateKind.Clause, sentence, 0);
        }
    }

    /// <summary>
    /// Whether a phrase says mostly what a question's type rules out: for "Who …?" or "Where …?" any date or time in it
    /// ("the end of August" says when Little Harbour Days takes place, not where); for any question that rules out
    /// numbers and dates (<see cref="CandidateFeatures.RulesOut"/>), half its words or more in such a span ("4,892 m"
    /// for "What is the highest peak?" is its height; "the 1960 Harbour Games" may still name an event).
    /// </summary>
    private static bool SaysWhatIsRuledOut(PassageReading reading, List<(AnswerType Type, TextSpan Span)> typed, TextSpan span, QuestionAnalysis question)
    {
        var ruledOut = 0;
        foreach (var (type, found) in TypedRecognizers.Overlapping(typed, span))
        {
            if (question.Type is AnswerType.Person or AnswerType.Place && type is AnswerType.Date or AnswerType.Time) return true;
            if (!CandidateFeatures.RulesOut(question, type)) continue;
            var (from, to) = reading.TokensIn(new TextSpan(Math.Max(span.Start, found.Start), Math.Min(span.End, found.End)));
            ruledOut += to - from;
        }
        if (ruledOut == 0) return false;
        var (first, end) = reading.TokensIn(span);
        return ruledOut * 2 >= end - first;
    }

    /// <summary>
    /// Whether a number stands alone in square brackets, as a reference mark does ("founded by Ada Quell.[226]"):
    /// it points at a footnote and says nothing about the text around it.
    /// </summary>
    private static bool IsCitationMark(string text, AnswerType type, TextSpan span) =>
        type == AnswerType.Number && span.Start > 0 && span.End < text.Length && text[span.Start - 1] == '[' && text[span.End] == ']';

    /// <summary>Words before a number that bound it: "more than 400 startups" says something "400" alone does not.</summary>
    private static readonly string[] Bounds =
        ["more than", "at least", "up to", "nearly", "almost", "fewer than", "less than", "as many as", "upwards of", "over"];

    /// <summary>
    /// A number, amount, share or duration with the bound written before it ("more than 400", "up to 90"); "over" only
    /// before a count or an amount, since "over two days" tells when as often as how long.
    /// </summary>
    internal static TextSpan WithBound(string text, TextSpan span, AnswerType type)
    {
        if (type is not (AnswerType.Number or AnswerType.Money or AnswerType.Percent or AnswerType.Duration)) return span;
        var end = span.Start;
        if (end < 2 || text[end - 1] != ' ') return span;
        end--;
        foreach (var bound in Bounds)
        {
            var start = end - bound.Length;
            if (start < 0 || (bound == "over" && type == AnswerType.Duration)) continue;
            if (string.Compare(text, start, bound, 0, bound.Length, StringComparison.OrdinalIgnoreCase) == 0 &&
                (start == 0 || !char.IsLetterOrDigit(text[start - 1])))
                return new TextSpan(start, span.End);
        }
        return span;
    }

    /// <summary>The year of a date that says more ("1807" of "8 February 1807") for a question that asks for the year; the date when it holds no single year.</summary>
    internal static TextSpan YearOf(string text, TextSpan date)
    {
        var (count, at) = (0, 0);
        foreach (var year in FourDigitYear().EnumerateMatches(text.AsSpan(date.Start, date.Length))) (count, at) = (count + 1, year.Index);
        return count == 1 && date.Length > 4 ? new TextSpan(date.Start + at, date.Start + at + 4) : date;
    }

    [GeneratedRegex(@"(?<![\d/-])(?:1[0-9]|20)\d{2}(?![\d/-])")]
    private static partial Regex FourDigitYear();

    /// <summary>The value of each field whose key matches the question; one end of a list when the question asks for first or last.</summary>
    private static IEnumerable<AnswerCandidate> FieldCandidates(PassageReading reading, QuestionAnalysis question)
    {
        var text = reading.Source.Passage.Text;
        foreach (var field in reading.Fields)
        {
            var match = FieldSynonyms.Match(field.Key, question);
            if (match <= 0) continue;
            var value = WithoutPlaceholders(text, field.Value);
            if (question.Position is { } position && ListItems(text, value) is { Count: > 1 } items)
                value = position == "first" ? items[0] : items[^1];
            else if (question.AsksForOnePerson && ListItems(text, value) is { Count: > 1 } names && NamedByTitle(reading, names) is { } named)
                (value, match) = (named, Math.Max(match, 0.8));
            // A key that names what is asked says the value's type, except that a date, number or email must be one
            // (a venue named by "published" is no year); otherwise the value's content says it.
            var content = TypeOfValue(text, value, question.Lexicon);
            // A key merely named in the question ("Where is the … Ceremony?") does not make a time its place.
            if (match < 0.8 && question.Type != AnswerType.YesNo && IsRecognizable(content) && !CandidateFeatures.Agrees(content, question.Type))
                continue;
            var type = match >= 0.8 && (!IsRecognizable(question.Type) || content == question.Type) ? question.Type : content;
            yield return new AnswerCandidate(reading.Source, value, type, CandidateKind.Field, field.Line, match) { Context = reading.RecordOf(field.Line) };
        }
    }

    /// <summary>Whether <paramref name="span"/> lies in the key of one of the passage's <c>Key: value</c> lines.</summary>
    private static bool InFieldKey(PassageReading reading, TextSpan span)
    {
        foreach (var field in reading.Fields)
            if (span.Start >= field.Line.Start && span.End <= field.Value.Start) return true;
        return false;
    }

    /// <summary>
    /// A contact block's name under the title the question asks for: "Jennifer M Lucas" on one line and "Academic Program
    /// Manager" on the next, or "Carolyn Rosé, Director" on one, answers "Who's the academic program manager …?" as a
    /// field would (match 0.8).
    /// </summary>
    private static IEnumerable<AnswerCandidate> TitledNames(PassageReading reading, QuestionAnalysis question)
    {
        if (question.Type != AnswerType.Person || question.Focus.Count == 0) yield break;
        var text = reading.Source.Passage.Text;
        var lines = new List<TextSpan>();
        for (var start = 0; start < text.Length;)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0) end = text.Length;
            var line = TrimSpan(text, new TextSpan(start, end));
            if (line.Length > 0) lines.Add(line);
            start = end + 1;
        }
        for (var i = 0; i < lines.Count; i++)
        {
            var comma = text.IndexOf(',', lines[i].Start, lines[i].Length);
            // "Name, Title" on one line, or "Name" with "Title" on the next.
            var (name, title) = comma > 0
                ? (TrimSpan(text, new TextSpan(lines[i].Start, comma)), (TextSpan?)TrimSpan(text, new TextSpan(comma + 1, lines[i].End)))
                : (lines[i], i + 1 < lines.Count ? lines[i + 1] : (TextSpan?)null);
            if (title is not { } asked || WordCount(reading, lines[i]) > 12 || !IsPersonName(reading, name, question.Lexicon)) continue;
            var (first, end) = reading.TokensIn(asked);
            if (end - first > 6 || !question.Focus.All(f => reading.Tokens.Skip(first).Take(end - first).Any(t => t.Norm == f))) continue;
            yield return new AnswerCandidate(reading.Source, name, AnswerType.Person, CandidateKind.Field, lines[i], 0.8);
        }
    }

    /// <summary>How many of the passage's words stand in <paramref name="range"/>.</summary>
    private static int WordCount(PassageReading reading, TextSpan range)
    {
        var (first, end) = reading.TokensIn(range);
        return end - first;
    }

    /// <summary>
    /// Whether <paramref name="range"/> holds two to four capitalised words that a name run would type a person
    /// (<see cref="Classify"/>), an initial allowed inside ("Jennifer M Lucas").
    /// </summary>
    private static bool IsPersonName(PassageReading reading, TextSpan range, Lexicon lexicon)
    {
        var (first, end) = reading.TokensIn(range);
        if (end - first is < 2 or > 4 || reading.Tokens[first].Text.Length < 2 || reading.Tokens[end - 1].Text.Length < 2) return false;
        var names = reading.Tokens.Skip(first).Take(end - first).Select(w => w.Text.TrimEnd('.')).ToList();
        return Classify(names, lexicon, shortest: 1) == AnswerType.Person;
    }

    /// <summary>
    /// The one item of a list that the passage's title names: asked "which faculty member is an author", a paper
    /// listed on a person's page ("Jane Roe | Publication | …") names its author by the page. Null when none or several.
    /// The item then matches as a field the question asks for (0.8 at least): the key holds the question's word and
    /// the page says which of its names is meant.
    /// </summary>
    private static TextSpan? NamedByTitle(PassageReading reading, List<TextSpan> items)
    {
        var (text, title) = (reading.Source.Passage.Text, reading.Source.Passage.Title);
        var named = items.Where(i => title.Contains(i.Of(text), StringComparison.OrdinalIgnoreCase)).Take(2).ToList();
        return named.Count == 1 ? named[0] : null;
    }

    /// <summary>
    /// The type of a field value from its content: the longest typed span covering most of it or starting it ("3 p.m"
    /// of "2–3 p.m."), a name, or Entity.
    /// </summary>
    private static AnswerType TypeOfValue(string text, TextSpan value, Lexicon lexicon)
    {
        var valueText = value.Of(text);
        var leading = valueText.Length - valueText.TrimStart().Length;
        var typed = TypedRecognizers.Find(valueText)
            .Where(t => t.Span.Length * 2 >= valueText.Trim().Length || t.Span.Start == leading)
            .OrderByDescending(t => t.Span.Length)
            .Select(t => t.Type).FirstOrDefault(AnswerType.Entity);
        if (typed != AnswerType.Entity) return typed;
        var words = TextTokenizer.Tokenize(valueText).Select(t => t.Text).ToList();
        return words.Count > 0 && words.All(w => char.IsUpper(w[0]) || NameConnectors.Contains(w)) ? Classify(words, lexicon) : AnswerType.Entity;
    }

    /// <summary>Types a regular expression recognizes; a value claimed to be one must match it.</summary>
    /// <summary>Whether a value of <paramref name="type"/> is recognised by its form: a date, a time, a number, an amount, an address, a code.</summary>
    internal static bool IsRecognizable(AnswerType type) => type is AnswerType.Date or AnswerType.Time or AnswerType.Number or
        AnswerType.Money or AnswerType.Percent or AnswerType.Duration or AnswerType.Email or AnswerType.Phone or AnswerType.Url or AnswerType.Identifier;

    /// <summary>Words that hold a place in a list for a value not yet known: "Instructor TBA", "Room TBD".</summary>
    private static readonly HashSet<string> Placeholders = new(StringComparer.Ordinal) { "tba", "tbd", "tbc" };

    /// <summary>Whether a span is one placeholder word ("TBD 2024": the date is not known yet).</summary>
    private static bool IsLonePlaceholder(PassageReading reading, TextSpan span) =>
        reading.TokensIn(span) is var (first, end) && end - first == 1 && Placeholders.Contains(reading.Tokens[first].Norm);

    /// <summary>
    /// A list value without the placeholders at its ends: "Instructor TBA, Jamie Callan" names one instructor, Jamie
    /// Callan. A value that is only placeholders stays whole (it is what the record says).
    /// </summary>
    internal static TextSpan WithoutPlaceholders(string text, TextSpan value)
    {
        if (!text.AsSpan(value.Start, value.Length).Contains("tb", StringComparison.OrdinalIgnoreCase)) return value;
        var items = ListItems(text, value);
        if (items.Count < 2) return value;
        bool IsPlaceholder(TextSpan item) => TextTokenizer.Tokenize(text, item).Any(t => Placeholders.Contains(t.Norm));
        var (first, last) = (0, items.Count - 1);
        while (first <= last && IsPlaceholder(items[first])) first++;
        while (last >= first && IsPlaceholder(items[last])) last--;
        return first > last || (first == 0 && last == items.Count - 1) ? value : new TextSpan(items[first].Start, items[last].End);
    }

    /// <summary>Items of a comma- or "and"-separated list value.</summary>
    internal static List<TextSpan> ListItems(string text, TextSpan value)
    {
        var items = new List<TextSpan>();
        var start = value.Start;
        for (var i = value.Start; i <= value.End; i++)
        {
            var atEnd = i == value.End;
            var isAnd = !atEnd && i + 5 <= value.End && string.CompareOrdinal(text, i, " and ", 0, 5) == 0;
            if (!atEnd && text[i] != ',' && text[i] != ';' && !isAnd) continue;
            var item = TrimSpan(text, new TextSpan(start, i));
            if (item.Length > 0) items.Add(item);
            start = isAnd ? i + 5 : i + 1;
            if (isAnd) i += 4;
        }
        return items;
    }

    /// <summary>Runs of capitalized words (with connectors like "of" inside), typed by the words they hold.</summary>
    private static IEnumerable<(TextSpan Span, AnswerType Type)> Names(PassageReading reading, TextSpan sentence, QuestionAnalysis question, int commas)
    {
        var lexicon = question.Lexicon;
        var tokens = reading.Tokens;
        var text = reading.Source.Passage.Text;
        var first = reading.FirstStartingAt(sentence.Start);
        var i = first;
        while (i < tokens.Count && tokens[i].Span.End <= sentence.End)
        {
            if (!tokens[i].IsCapitalized || StopWords.Contains(tokens[i].Norm) || StopWords.IsConnective(tokens[i].Text)) { i++; continue; }
            // "Historic inscriptions …": a word capitalised only because it opens the sentence, one the passages or the
            // question write in lower case, is no name alone ("New England" and "Master of Harbour Studies" are names).
            // So is one that opens a field's value ("Requirements: Students must …").
            if ((i == first || (i > first && KeyColon(text, tokens[i - 1], tokens[i]))) && IsOrdinaryWord(reading, question, tokens[i]) && !ContinuesName(text, tokens, i, sentence)) { i++; continue; }
            var start = i;
            var end = i + 1;
            var crossed = 0;
            var articled = -1;
            // Up to twelve words: an event's name runs long ("School of Design Pavilion Dedication & Alumni Open House").
            while (end - start < 12 && NameStep(text, tokens, end, sentence) is var step and > 0)
            {
                if (Comma(text, tokens[end - 1], tokens[end]) && ++crossed > commas) break;
                if (step == 3 && articled < 0) articled = end;
                end += step;
            }
            // "Varga-produced Harbour Songs", "Gullport-based": a name made an adjective ends the run at its hyphen.
            var spanEnd = WithoutPossessive(tokens[end - 1]);
            for (var k = start; k < end; k++)
                if (NameBeforeParticiple(tokens[k].Text) is var cut and > 0)
                {
                    (end, spanEnd) = (k + 1, tokens[k].Span.Start + cut);
                    if (articled + 2 >= end) articled = -1;
                    break;
                }
            // Where a name that stops at token e ends: the run's own end without its possessive or participle.
            int EndOf(int e) => e == end ? spanEnd : tokens[e - 1].Span.End;
            var type = Classify(Words(tokens, start, end), lexicon);
            // "Dunfermline, Scotland": a run across a comma is no one person's name.
            if (type == AnswerType.Person && (HasCommonWord(reading, start, end) || AcrossComma(text, tokens, start, end))) type = AnswerType.Entity;
            yield return (new TextSpan(tokens[start].Span.Start, spanEnd), type);
            // "Grand Master of the Order of Kells" holds two names: "of the" may join one name ("Battle of the Somme")
            // or part a title from what it belongs to. Each side of the first such article is a name too.
            if (articled > 0)
            {
                yield return (new TextSpan(tokens[start].Span.Start, tokens[articled - 1].Span.End), Classify(Words(tokens, start, articled), lexicon));
                yield return (new TextSpan(tokens[articled + 2].Span.Start, EndOf(end)), Classify(Words(tokens, articled + 2, end), lexicon));
            }
            // "Event School of Design Pavilion …" under a page's heading, for "At which event …?": the name after the kind.
            // The question writes the kind as a common noun ("which event"), not inside a name ("which Gullport festival").
            if (end - start >= 3 && question.Focus.Contains(tokens[start].Norm) && !NameConnectors.Contains(tokens[start + 1].Text) &&
                question.CueWords.Contains(tokens[start].Norm))
                yield return (new TextSpan(tokens[start + 1].Span.Start, EndOf(end)), Classify(Words(tokens, start + 1, end), lexicon));
            // "Eastfield Harbour Lights Days" for "Where does Harbour Lights Days take place?": the words before the name
            // the question writes, when they are no ordinary word ("Original Harbour Lights Days" says no place).
            if (question.Type == AnswerType.Place && BeforeQuestionsName(tokens, start, end, question) is { } before && !HasCommonWord(reading, start, before))
                yield return (new TextSpan(tokens[start].Span.Start, tokens[before - 1].Span.End), Classify(Words(tokens, start, before), lexicon));
            // "Claude Rains and Nelson Eddy" for "Along with Nelson Eddy, who starred …?": the side the question does not name.
            if (commas == 0 && OtherSideOfAnd(tokens, start, end, question) is { } other)
                yield return (new TextSpan(tokens[other.Start].Span.Start, EndOf(other.End)), Classify(Words(tokens, other.Start, other.End), lexicon));
            i = end;
        }
    }

    /// <summary>
    /// Where the name ends in a word that makes it an adjective with a hyphen and a participle ("Varga-produced",
    /// "Gullport-based", "Tidewise-owned"): the length before the hyphen; 0 for any other word ("Jean-Paul", "Port-Alder").
    /// </summary>
    private static int NameBeforeParticiple(string word)
    {
        var hyphen = word.LastIndexOf('-');
        if (hyphen <= 0 || hyphen + 3 >= word.Length || !char.IsLower(word[hyphen + 1])) return 0;
        var rest = word.AsSpan(hyphen + 1);
        return rest.EndsWith("ed") || rest.EndsWith("ing") || rest is "born" or "led" ? hyphen : 0;
    }

    /// <summary>
    /// Where a name ends without the possessive its last word takes: "Gullport" of "Gullport's harbour". A name that
    /// owns what follows it names the owner, not a name that ends in "'s" (SQuAD's training answers stop before the
    /// possessive seven times as often as they keep it).
    /// </summary>
    private static int WithoutPossessive(Token last) =>
        last.Text.Length > 2 && last.Text[^1] == 's' && last.Text[^2] is '\'' or '’' ? last.Span.End - 2 : last.Span.End;

    /// <summary>
    /// Where the name a run ends with begins, when the run ends with two or more capitalised words all of the question
    /// and begins with words none of it is: "Eastfield" of "Eastfield Harbour Lights Days" for a question that names
    /// Harbour Lights Days. Null otherwise.
    /// </summary>
    private static int? BeforeQuestionsName(List<Token> tokens, int start, int end, QuestionAnalysis question)
    {
        var split = end;
        while (split > start && (question.Repeats(tokens[split - 1].Norm) || NameConnectors.Contains(tokens[split - 1].Text))) split--;
        while (split < end && NameConnectors.Contains(tokens[split].Text)) split++;
        if (split == start || end - split < 2 || NameConnectors.Contains(tokens[split - 1].Text)) return null;
        for (var k = start; k < split; k++)
            if (question.Repeats(tokens[k].Norm)) return null;
        return split;
    }

    /// <summary>
    /// Of a run of names joined by one "and", the side the question does not name when the other is made only of its
    /// words and it mostly of others ("Claude Rains" of "Claude Rains and Nelson Eddy" for "Along with Nelson Eddy, …?");
    /// null otherwise.
    /// </summary>
    private static (int Start, int End)? OtherSideOfAnd(List<Token> tokens, int start, int end, QuestionAnalysis question)
    {
        var and = -1;
        for (var k = start + 1; k < end - 1; k++)
        {
            if (tokens[k].Text != "and") continue;
            if (and >= 0) return null;
            and = k;
        }
        if (and < 0) return null;
        var (left, right) = (NewWords(start, and), NewWords(and + 1, end));
        // The side kept says mostly what the question does not ("Centered on Post Oak Boulevard" is no other side).
        if (left.New == 0) return right.New * 2 >= right.Content ? (and + 1, end) : null;
        return right.New == 0 && left.New * 2 >= left.Content ? (start, and) : null;

        (int Content, int New) NewWords(int from, int to)
        {
            var (content, fresh) = (0, 0);
            for (var k = from; k < to; k++)
            {
                if (StopWords.Contains(tokens[k].Norm)) continue;
                content++;
                if (!question.Repeats(tokens[k].Norm)) fresh++;
            }
            return (content, fresh);
        }
    }

    private static List<string> Words(List<Token> tokens, int start, int end)
    {
        var words = new List<string>(end - start);
        for (var k = start; k < end; k++) words.Add(tokens[k].Text);
        return words;
    }

    /// <summary>Whether a comma stands between two of the tokens from <paramref name="start"/> up to <paramref name="end"/>.</summary>
    private static bool AcrossComma(string text, List<Token> tokens, int start, int end)
    {
        for (var k = start + 1; k < end; k++)
            if (Comma(text, tokens[k - 1], tokens[k])) return true;
        return false;
    }

    /// <summary>Whether the word after the capitalised token at <paramref name="i"/> continues a name run as <see cref="Names"/> reads one, with no comma between.</summary>
    private static bool ContinuesName(string text, List<Token> tokens, int i, TextSpan sentence) =>
        NameStep(text, tokens, i + 1, sentence) > 0 && !Comma(text, tokens[i], tokens[i + 1]);

    /// <summary>
    /// How many tokens a name run takes at <paramref name="k"/>, inside <paramref name="sentence"/> and with nothing
    /// that ends a name before it (<see cref="Separated"/>): 1 for a capitalised word, 2 for a connector before one
    /// ("of America"), 3 for a connector and an article before one ("of the Somme", "de la Vega"), 0 where the run
    /// ends. Commas are counted by the caller.
    /// </summary>
    private static int NameStep(string text, List<Token> tokens, int k, TextSpan sentence)
    {
        if (k >= tokens.Count || tokens[k].Span.End > sentence.End || Separated(text, tokens[k - 1], tokens[k])) return 0;
        if (tokens[k].IsCapitalized) return 1;
        if (!NameConnectors.Contains(tokens[k].Text)) return 0;
        var article = ArticleConnectors.Contains(tokens[k].Text) && k + 2 < tokens.Count && NameArticles.Contains(tokens[k + 1].Text) &&
                      !Separated(text, tokens[k], tokens[k + 1]) ? 1 : 0;
        var next = k + 1 + article;
        return next < tokens.Count && tokens[next].IsCapitalized && tokens[next].Span.End <= sentence.End &&
               !Separated(text, tokens[next - 1], tokens[next]) ? 2 + article : 0;
    }

    /// <summary>Connectors an article may follow inside a name: "Battle of the Somme", "Santa Maria de la Vega".</summary>
    private static readonly HashSet<string> ArticleConnectors = new(StringComparer.Ordinal) { "of", "de", "van", "von", "du" };

    /// <summary>The articles a name may hold after a connector.</summary>
    private static readonly HashSet<string> NameArticles = new(StringComparer.Ordinal) { "the", "la", "le", "der", "den", "los", "las" };

    /// <summary>
    /// Whether a capitalised word is an ordinary one: written in lower case in the passages read or in the question.
    /// </summary>
    private static bool IsOrdinaryWord(PassageReading reading, QuestionAnalysis question, Token token) =>
        reading.CommonWords.Contains(token.Norm) || question.CueWords.Contains(token.Norm);

    /// <summary>Whether a token from <paramref name="start"/> up to <paramref name="end"/> is an ordinary word of the passages read.</summary>
    private static bool HasCommonWord(PassageReading reading, int start, int end)
    {
        for (var k = start; k < end; k++)
            if (reading.CommonWords.Contains(reading.Tokens[k].Norm)) return true;
        return false;
    }

    /// <summary>
    /// How many commas a run of names may run across for <paramref name="question"/>: any for a question that asks
    /// for several ("Italian, French, Spanish and English"); one for a place ("East Rutherford, New Jersey"); none
    /// otherwise, so that "Which app …?" weighs "Tidewise", not the list of languages it teaches.
    /// </summary>
    private static int CommasInAName(QuestionAnalysis question) =>
        question.AsksForSeveral ? int.MaxValue : question.Type == AnswerType.Place ? 1 : 0;

    /// <summary>
    /// How many commas a noun phrase may run across for <paramref name="question"/>: as many as a run of names
    /// (<see cref="CommasInAName"/>), and any for a description ("attendance, attitude, and dependability").
    /// </summary>
    private static int CommasInAPhrase(QuestionAnalysis question) =>
        question.Type == AnswerType.Description ? int.MaxValue : CommasInAName(question);

    /// <summary>Whether a comma stands between two words.</summary>
    private static bool Comma(string text, Token left, Token right) =>
        text.AsSpan(left.Span.End, right.Span.Start - left.Span.End).Contains(',');

    /// <summary>
    /// True when what ends a name stands between two words: a colon, semicolon, bracket, bar, dash, slash, quote, line
    /// break or a table's column gap ("Title: Assistant Professor", "Gullport, Harbourshire        Quell"). Commas are
    /// counted apart (<see cref="CommasInAName"/>).
    /// </summary>
    private static bool Separated(string text, Token left, Token right)
    {
        var gap = text.AsSpan(left.Span.End, right.Span.Start - left.Span.End);
        // A table's columns in text taken from a PDF stand apart by a run of spaces ("Gullshire        Rose").
        return Bracketed(text, left, right) || gap.IndexOfAny(":;|\n\t—–/") >= 0 || gap.Contains(ColumnGap, StringComparison.Ordinal);
    }

    /// <summary>Whether a bracket or a quote stands between two words: a phrase does not run across it, nor does a name.</summary>
    private static bool Bracketed(string text, Token left, Token right) =>
        text.AsSpan(left.Span.End, right.Span.Start - left.Span.End).IndexOfAny("()[]\"“”") >= 0;

    /// <summary>Whether a colon followed by a space stands between two words, as after a field's key ("Title: Assistant Professor").</summary>
    private static bool KeyColon(string text, Token left, Token right) =>
        text.AsSpan(left.Span.End, right.Span.Start - left.Span.End) is var gap && gap.IndexOf(':') is var colon and >= 0 && colon < gap.Length - 1 && char.IsWhiteSpace(gap[colon + 1]);

    /// <summary>The run of spaces that parts a table's columns in text taken from a PDF: three or more.</summary>
    private const string ColumnGap = "   ";

    /// <summary>
    /// The type a run of capitalised words reads as: an organisation, a place or a thing by the lexicon's words in it;
    /// else a person when it is two to four capitalised words of letters, each at least <paramref name="shortest"/>
    /// long (1 lets an initial stand inside, "Jennifer M Lucas"); else an entity.
    /// </summary>
    private static AnswerType Classify(List<string> words, Lexicon lexicon, int shortest = 2)
    {
        if (words.Any(lexicon.OrganizationWords.Contains)) return AnswerType.Organization;
        if (words.Any(lexicon.PlaceWords.Contains)) return AnswerType.Place;
        if (words.Any(lexicon.ThingWords.Contains)) return AnswerType.Entity;
        // "FC Barcelona", "NASA Ames": an acronym beside written words names no person ("ADA QUELL" in capitals may).
        if (words.Count is >= 2 and <= 4 && words.All(w => w.Length >= shortest && char.IsUpper(w[0]) && w.Skip(1).All(c => char.IsLetter(c) || c is '-' or '\'' or '.')) &&
            !(words.Any(IsAcronym) && !words.All(IsAcronym)))
            return AnswerType.Person;
        return AnswerType.Entity;
    }

    private static bool IsAcronym(string word) => word.Length >= 2 && word.All(char.IsUpper);

    /// <summary>
    /// Runs of up to six content words (with "of" inside), not starting or ending in a stop word, not running across a
    /// field's colon ("Title: Assistant Professor"), nor across more than <paramref name="commas"/> commas: "title,
    /// followed" is no phrase, but "sine, versine, cosine" may answer a question for several things or a description,
    /// and "Dunfermline, Scotland" one for a place (<see cref="CommasInAPhrase"/>).
    /// </summary>
    private static IEnumerable<TextSpan> NounPhrases(PassageReading reading, TextSpan sentence, int commas)
    {
        var text = reading.Source.Passage.Text;
        var tokens = reading.Tokens;
        var (i, stop) = reading.TokensIn(sentence);
        while (i < stop)
        {
            // "because", "Although", "thus": a connective opens no noun phrase.
            if (StopWords.Contains(tokens[i].Norm) || StopWords.IsConnective(tokens[i].Text)) { i++; continue; }
            var (end, crossed) = (i + 1, 0);
            while (end < stop && end - i < 6 && RunsOn(end))
            {
                if (Comma(text, tokens[end - 1], tokens[end]) && ++crossed > commas) break;
                end++;
            }
            yield return new TextSpan(tokens[i].Span.Start, tokens[end - 1].Span.End);
            // "the chick guard stage describes the period": the run without the verb it ran into.
            if (reading.EndsInVerb(i, end) && !StopWords.Contains(tokens[end - 2].Norm))
                yield return new TextSpan(tokens[i].Span.Start, tokens[end - 2].Span.End);
            i = end;
        }

        // Whether the run goes on with the word at k: a content word, or "of"/"and" before one, with no bracket, quote
        // or colon before a space in between ("clostridial diseases (tetanus, …)" is "clostridial diseases"; "1:18" runs on).
        // A word that a field's colon follows is the next field's key ("Date: July 13, 2024 Location: Stage AE"), where
        // the run ends.
        bool RunsOn(int k) =>
            !Bracketed(text, tokens[k - 1], tokens[k]) && !KeyColon(text, tokens[k - 1], tokens[k]) &&
            (k + 1 >= tokens.Count || !KeyColon(text, tokens[k], tokens[k + 1])) &&
            !StopWords.IsConnective(tokens[k].Text) &&
            (!StopWords.Contains(tokens[k].Norm) ||
             (tokens[k].Norm is "of" or "and" && k + 1 < stop && !StopWords.Contains(tokens[k + 1].Norm) && !Bracketed(text, tokens[k], tokens[k + 1])));
    }

    /// <summary>
    /// For description questions: the words after a copula that follows a key term ("A bushbar is [a bar that …]"), the
    /// rest of the clause after "because", "by", "to", "so", "through" or "due", and the whole sentence.
    /// </summary>
    private static IEnumerable<TextSpan> Clauses(PassageReading reading, TextSpan sentence)
    {
        var text = reading.Source.Passage.Text;
        var tokens = reading.Tokens;
        var (first, stop) = reading.TokensIn(sentence);
        for (var i = first + 1; i < stop - 1; i++)
        {
            if (!Copulas.Contains(tokens[i].Norm)) continue;
            // "refers to [a bar …]": what it refers to.
            var from = tokens[i].Norm == "refer" && tokens[i + 1].Norm == "to" && i + 2 < stop ? i + 2 : i + 1;
            var tail = TrimSpan(text, new TextSpan(tokens[from].Span.Start, sentence.End));
            if (tail.Length > 0) yield return tail;
            break;
        }
        // "Why …?" → "because the ice thinned", "to breed"; "How …?" → "by ringing the bell": the rest of the clause after its cue.
        for (var i = first; i < stop - 1; i++)
        {
            if (tokens[i].Norm is not ("because" or "by" or "to" or "so" or "through" or "due")) continue;
            var clauseEnd = text.AsSpan(tokens[i].Span.Start, sentence.End - tokens[i].Span.Start).IndexOfAny(',', ';');
            var end = clauseEnd < 0 ? sentence.End : tokens[i].Span.Start + clauseEnd;
            var part = TrimSpan(text, new TextSpan(tokens[i].Span.Start, end));
            if (part.Length > 0 && part.Length < sentence.Length) yield return part;
        }
        yield return sentence;
    }

    private static TextSpan TrimSpan(string text, TextSpan span)
    {
        var (start, end) = (span.Start, span.End);
        while (start < end && (char.IsWhiteSpace(text[start]) || text[start] is ',' or ';')) start++;
        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is '.' or ',' or ';')) end--;
        return new TextSpan(start, end);
    }
}
