using System.Runtime.InteropServices;
using System.Text.RegularExpressions;

namespace QaSearch.Core.Extraction;

/// <summary>
/// Guesses a question's answer type from its wh-word and the noun after it (who → person, when → date,
/// "which department" → organization, "how many" → number …), and picks out its focus, key terms and quoted phrases.
/// Thread-safe.
/// </summary>
internal static partial class QuestionAnalyzer
{
    private static readonly HashSet<string> Auxiliaries = TextTokenizer.NormalizedSet(
        "is", "are", "was", "were", "do", "does", "did", "can", "could", "will", "would", "has", "have", "had", "should", "may", "must", "shall");

    private static readonly HashSet<string> Prepositions = new(StringComparer.Ordinal)
        { "over", "in", "at", "on", "by", "for", "of", "from", "during", "to", "with", "about", "per", "after", "before",
          "near", "into", "through", "across", "between", "among", "under", "behind", "beside", "within", "without", "against", "around",
          "toward", "towards", "upon", "onto", "along", "throughout", "inside", "outside", "above", "below", "beyond" };

    /// <summary>Nouns that name a kind of what follows their "of" ("what sort of telescopes").</summary>
    private static readonly HashSet<string> KindWords =
        TextTokenizer.NormalizedSet("kind", "type", "sort", "form", "variety", "genre", "style", "class", "category", "brand", "breed", "species");

    /// <summary>Words with which a question asks for what something is named.</summary>
    private static readonly HashSet<string> NamingWords = TextTokenizer.NormalizedSet("name", "named", "nickname", "nicknamed", "called", "call", "dubbed");

    /// <summary>Analyses one question, with the shipped lexicon unless another is given.</summary>
    public static QuestionAnalysis Analyze(string question, Lexicon? lexicon = null)
    {
        ArgumentNullException.ThrowIfNull(question);
        lexicon ??= Lexicon.Default;
        var tokens = TextTokenizer.Tokenize(question);
        var norms = tokens.Select(t => t.Norm).ToList();
        var lower = question.ToLowerInvariant();
        var asking = WithoutTitledWhWords(tokens, norms);
        var (focus, focusHead) = FindFocus(tokens, asking, lexicon.FocusTypes);
        var asksForName = AsksForName(tokens, lower);
        var type = GuessType(question, lower, tokens, asking, focus, asksForName, lexicon.FocusTypes);
        var phrases = QuotedPhrase().Matches(question).Select(m => m.Groups[1].Value.Trim()).Where(p => p.Length > 1).ToList();
        var position = FirstOrLast().Match(lower) is { Success: true } m ? m.Groups[1].Value : null;
        var keyTerms = norms.Where(n => !StopWords.Contains(n) && n != position).Distinct().ToList();
        var wantsList = ListCue().IsMatch(lower);
        var asksForAbbreviation = AbbreviationCue().IsMatch(lower);
        return new QuestionAnalysis(question, type, focus, keyTerms, phrases, position, wantsList)
        {
            QuestionWords = norms.ToHashSet(), QuestionStems = norms.Select(TextTokenizer.LightStem).ToHashSet(),
            Slot = AnswerSlotOf(norms, focus),
            AsksForAbbreviation = asksForAbbreviation, Initialisms = asksForAbbreviation ? new HashSet<string>() : Initialisms(tokens),
            Lexicon = lexicon, DefinedTerm = DefinedTerm(tokens, norms),
            CueWords = tokens.Where((t, i) => i == 0 || !char.IsUpper(t.Text[0])).Select(t => t.Norm).ToHashSet(StringComparer.Ordinal),
            Options = Auxiliaries.Contains(norms.FirstOrDefault() ?? "") ? ChoiceOptions(question, tokens) : [],
            NamesAcronym = tokens.Any(t => Acronyms.MayBeOne(t.Text)), AcronymsInParts = Acronyms.InParts(question, tokens, keyTerms),
            Owner = Owner(question, tokens, norms), AsksWhichKind = AsksWhichKind(asking),
            NameWords = tokens.Skip(1).Where(t => t.IsCapitalized && t.Text.Length >= 3 && t.Text.All(char.IsLetter)).Select(t => t.Text.ToLowerInvariant()).Distinct().ToList(),
            AsksForName = asksForName, FocusHead = focusHead,
            AsksForSeveral = wantsList || InThePlural(tokens, norms),
            CountsWithoutUnit = type == AnswerType.Number && focus.Count > 0 &&
                                (norms.Contains("many") || focus.Any(f => f is "population" or "number" or "count" or "attendance")) && !UnitWord().IsMatch(question),
            AsksForOnePerson = type == AnswerType.Person && !wantsList && position is null &&
                               norms.FirstOrDefault(n => n is "is" or "was" or "are" or "were") is "is" or "was",
        };
    }

    /// <summary>
    /// The question's words with each wh-word that belongs to a title it names left as written, so that no search
    /// for the asking word finds it: "Who was the last author of the paper called Choosing What to Mask?" asks who,
    /// and "What" there is a word of the title (capitalised, one space after another capitalised word). "Award. What
    /// area …?" still asks what.
    /// </summary>
    private static List<string> WithoutTitledWhWords(List<Token> tokens, List<string> norms)
    {
        List<string>? asking = null;
        for (var i = 1; i < tokens.Count; i++)
        {
            if (!WhWords.Contains(norms[i]) || !tokens[i].IsCapitalized || !tokens[i - 1].IsCapitalized || tokens[i].Span.Start - tokens[i - 1].Span.End != 1) continue;
            asking ??= [.. norms];
            asking[i] = tokens[i].Text;
        }
        return asking ?? norms;
    }

    /// <summary>Whether "what" or "which" is followed by a word that is neither an auxiliary nor an article (<see cref="QuestionAnalysis.AsksWhichKind"/>).</summary>
    private static bool AsksWhichKind(List<string> norms) =>
        WordAfterWhatOrWhich(norms) is { } next && !Auxiliaries.Contains(next) && next is not ("the" or "a" or "an");

    /// <summary>The word right after the question's first "what" or "which"; null when there is none.</summary>
    private static string? WordAfterWhatOrWhich(List<string> norms)
    {
        var wh = norms.FindIndex(n => n is "what" or "which");
        return wh >= 0 && wh + 1 < norms.Count ? norms[wh + 1] : null;
    }

    /// <summary>Wh-words that open the phrase standing for the answer.</summary>
    private static readonly HashSet<string> WhWords = new(StringComparer.Ordinal) { "what", "which", "who", "whom", "whose", "where", "when", "how", "why" };

    /// <summary>
    /// Where the answer stands among the question's content words (<see cref="AnswerSlot"/>): where the wh-phrase stands
    /// when a verb follows it ("What battle marked …", "… refers to what in Hebrew?"); anywhere from there on when an
    /// auxiliary does ("What do plants release …", "What is the …"). The wh-phrase's focus nouns are left out: a statement
    /// says them in the answer ("the Battle of Britain") or not at all.
    /// </summary>
    private static AnswerSlot? AnswerSlotOf(List<string> norms, List<string> focus)
    {
        var wh = norms.FindIndex(WhWords.Contains);
        if (wh < 0) return null;
        var stems = norms.Take(wh).Where(n => !StopWords.Contains(n)).Select(TextTokenizer.LightStem).ToList();
        var gap = stems.Count;
        var j = wh + 1;
        while (j < norms.Count && !Auxiliaries.Contains(norms[j]) && (focus.Contains(norms[j]) || StopWords.Contains(norms[j]))) j++;
        var afterAuxiliary = j < norms.Count && Auxiliaries.Contains(norms[j]);
        stems.AddRange(norms.Skip(j).Where(n => !StopWords.Contains(n)).Select(TextTokenizer.LightStem));
        if (!afterAuxiliary) return new AnswerSlot(stems, gap, gap);
        // "Where was the college's founder born?": a place, time, reason or manner is looked for where it closes the statement
        // ("… was born in [Dunfermline]"), not between its subject and verb, where an object or a copula's subject may
        // stand ("The school's founder, [Ada Quell], was born …").
        return norms[wh] is "where" or "when" or "why" or "how" && gap == 0
            ? new AnswerSlot(stems, stems.Count, stems.Count)
            : new AnswerSlot(stems, gap, stems.Count);
    }

    /// <summary>Counts that ask for several things: "Which three parts …", "What two rivers …".</summary>
    private static readonly HashSet<string> SeveralWords = new(StringComparer.Ordinal)
        { "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "both" };

    /// <summary>
    /// Whether the question is written in the plural: a count anywhere ("Which three parts …"), or right after the
    /// wh-word a plural verb ("What are …", "Who were …") or a plural noun ("What companies …", "which languages …").
    /// </summary>
    private static bool InThePlural(List<Token> tokens, List<string> norms)
    {
        if (norms.Any(SeveralWords.Contains)) return true;
        var wh = norms.FindIndex(n => n is "what" or "which" or "who");
        if (wh < 0 || wh + 1 >= norms.Count) return false;
        var next = wh + 1;
        if (norms[next] is "are" or "were") return true;
        var word = tokens[next].Text.ToLowerInvariant();
        return !StopWords.Contains(norms[next]) && word.EndsWith('s') && norms[next] != word;
    }

    /// <summary>
    /// The initials of every run of two to six content words of the question, lower case: "clonal selection theory"
    /// gives "cs", "cst" and "st"; "of", "and", "for" and "the" inside a run are passed over ("Master of Science": "ms").
    /// </summary>
    private static HashSet<string> Initialisms(List<Token> tokens)
    {
        var initials = new List<char>();
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var token in tokens)
        {
            if (token.Norm is "of" or "and" or "for" or "the" && initials.Count > 0) continue;
            if (StopWords.Contains(token.Norm) || !char.IsLetter(token.Text[0]))
            {
                initials.Clear();
                continue;
            }
            initials.Add(char.ToLowerInvariant(token.Text[0]));
            for (var length = 2; length <= Math.Min(6, initials.Count); length++)
                if (new string(CollectionsMarshal.AsSpan(initials)[^length..]) is var word && !StopWords.Contains(word))
                    set.Add(word);
        }
        return set;
    }

    /// <summary>
    /// The content words of X in "What/Who is X?" or "What is X about?", when X is something a passage would define:
    /// a name (every content word capitalised: "Light Up Night", "the PHMC"), or anything before "about". "What is
    /// Gullport known as?" and "What is the mission of the museum?" ask something else of X, so they have none.
    /// </summary>
    private static List<string> DefinedTerm(List<Token> tokens, List<string> norms)
    {
        if (norms.Count < 3 || norms[0] is not ("what" or "who") || norms[1] is not ("is" or "are" or "was" or "were")) return [];
        var first = norms[2] is "a" or "an" or "the" ? 3 : 2;
        var about = norms[^1] == "about";
        var subject = tokens.Skip(first).Take(norms.Count - first - (about ? 1 : 0)).ToList();
        if (subject.Count is 0 or > 6) return [];
        var words = subject.Where(t => t.Text.Any(char.IsLetterOrDigit)).ToList();
        if (!about && !words.All(t => char.IsUpper(t.Text[0]) || char.IsDigit(t.Text[0]) || CandidateGenerator.NameConnectors.Contains(t.Norm))) return [];
        var content = words.Where(t => !StopWords.Contains(t.Norm)).ToList();
        if (content.Count == 0) return [];
        return content.Select(t => t.Norm).Distinct().ToList();
    }

    /// <summary>
    /// What is asked for: the noun a possessive owns ("Quell's email"), else the nouns after "what/which/how
    /// many" (skipping "is the"), up to a verb or preposition, else the question's last word when it is a known focus.
    /// Head is the last word of an asked phrase longer than the focus's three words (<see cref="QuestionAnalysis.FocusHead"/>).
    /// </summary>
    private static (List<string> Focus, string? Head) FindFocus(List<Token> tokens, List<string> norms, IReadOnlyDictionary<string, AnswerType> focusTypes)
    {
        // "In what year did the DOT's study …": a noun right after the wh-word is what is asked, whatever a possessive owns.
        var asksOwnNoun = WordAfterWhatOrWhich(norms) is { } next && !StopWords.Contains(next) && !Auxiliaries.Contains(next);
        foreach (var i in asksOwnNoun ? [] : OwningPossessives(tokens, norms))
        {
            var owned = norms.Skip(i + 1).TakeWhile(n => !Prepositions.Contains(n) && !Auxiliaries.Contains(n)).Where(n => !StopWords.Contains(n)).Take(2).ToList();
            if (owned.Count > 0) return (owned, null);
        }
        var focus = new List<string>();
        string? head = null;
        // "What is the X", "Which X", "How many X", and "Who is the X of …" (the first author, the program director).
        var wh = norms.FindIndex(n => n is "what" or "which" or "whose" or "many" or "much");
        if (wh < 0) wh = WhoIsThe(tokens, norms);
        if (wh >= 0)
        {
            var j = wh + 1;
            while (j < norms.Count && (Auxiliaries.Contains(norms[j]) || norms[j] is "the" or "a" or "an")) j++;
            // "What kind of telescopes …": the answer is a telescope.
            if (j + 2 < norms.Count && KindWords.Contains(norms[j]) && norms[j + 1] == "of") j += 2;
            // "What is the name of the mountain …": the answer names a mountain.
            else if (j + 2 < norms.Count && norms[j] is "name" or "nickname" && norms[j + 1] == "of")
                for (j += 2; j < norms.Count && norms[j] is "the" or "a" or "an";) j++;
            // The focus is the phrase's first three content words; the loop reads on to find its head.
            var (words, last) = (0, -1);
            for (; j < norms.Count; j++)
            {
                if (Auxiliaries.Contains(norms[j]) || Prepositions.Contains(norms[j])) break;
                // "the number one museum" ranks the museum; it asks for no number.
                if (norms[j] == "number" && j + 1 < norms.Count && norms[j + 1] is "one" or "1") { j++; continue; }
                // A word followed by a determiner is a verb ("offers the course", "has a"): the noun phrase has ended.
                if (j + 1 < norms.Count && norms[j + 1] is "the" or "a" or "an" or "this" or "these" or "those") break;
                if (!StopWords.Contains(norms[j]) || focusTypes.ContainsKey(norms[j]))
                {
                    if (focus.Count < 3) focus.Add(norms[j]);
                    (words, last) = (words + 1, j);
                }
                // "the new city that will be added": a relative clause follows the noun.
                if (j + 1 < norms.Count && norms[j + 1] == "that") break;
            }
            // "Which popular language learning app was created …?": a phrase of more than three words that ends
            // before an auxiliary has its head last ("app"); "language" only modifies it. A capitalised last word
            // ends a name, and a conjunction joins two phrases.
            if (words > 3 && j < norms.Count && Auxiliaries.Contains(norms[j]) && !tokens[last].IsCapitalized &&
                !norms.Skip(wh + 1).Take(j - wh - 1).Any(n => n is "and" or "or" or "how" or "what" or "which"))
                head = norms[last];
        }
        // "… covered what year?", "… Riverhounds' home stadium?": the last word, unless it ends a prepositional phrase
        // ("during the 4th century", "at the same time" close a question that asks something else) or a name ("in
        // the Winter Restaurant Week?" is where, not which week).
        if (!focus.Any(focusTypes.ContainsKey) && norms.Count > 1 && focusTypes.ContainsKey(norms[^1]) && !tokens[^1].IsCapitalized &&
            !norms.Skip(Math.Max(0, norms.Count - 4)).SkipLast(1).Any(Prepositions.Contains))
            focus.Add(norms[^1]);
        return (focus, head);
    }

    /// <summary>
    /// The indexes of the possessives that own what is asked, in order: "Quell's email" owns; "who's", "what's" and
    /// "it's" are contractions of "is"; after a preposition the owner names where or whose ("restaurants in
    /// Gullport's Winter Restaurant Week", "the email of Quell's advisor"), not what is asked.
    /// </summary>
    private static IEnumerable<int> OwningPossessives(List<Token> tokens, List<string> norms)
    {
        for (var i = 0; i + 1 < tokens.Count; i++)
            if (IsPossessive(tokens[i].Text) && !StopWords.Contains(norms[i]) && !AfterPreposition(tokens, norms, i))
                yield return i;
    }

    /// <summary>
    /// The capitalised name that owns the focus: before a possessive ("Tomas Wren's title"), without "'s", or after
    /// the last "of" when it ends the question ("the author ID of Jeffrey Bigham?"); else null.
    /// </summary>
    private static string? Owner(string question, List<Token> tokens, List<string> norms)
    {
        foreach (var i in OwningPossessives(tokens, norms))
        {
            if (!tokens[i].IsCapitalized) return null;
            var start = i;
            while (start > 0 && tokens[start - 1].IsCapitalized && !StopWords.Contains(norms[start - 1])) start--;
            return question[tokens[start].Span.Start..(tokens[i].Span.End - 2)];
        }
        var of = norms.LastIndexOf("of");
        var name = tokens.Skip(of + 1).Where(t => t.Text.Any(char.IsLetterOrDigit)).ToList();
        return of > 0 && name.Count is >= 2 and <= 4 && name.All(t => t.IsCapitalized || t.Text.All(c => char.IsUpper(c) || c == '.'))
            ? question[name[0].Span.Start..name[^1].Span.End]
            : null;
    }

    /// <summary>The index of "who" in "who is the X" or "who's the X" (a noun follows), else -1; "who is teaching" has no focus noun.</summary>
    private static int WhoIsThe(List<Token> tokens, List<string> norms)
    {
        var who = norms.IndexOf("who");
        if (who < 0) return -1;
        var next = who + (tokens[who].Text.Length > 3 ? 1 : 2); // "Who's" is one token
        var hasAuxiliary = tokens[who].Text.Length > 3 || (who + 1 < norms.Count && Auxiliaries.Contains(norms[who + 1]));
        return hasAuxiliary && next < norms.Count && norms[next] is "the" or "a" or "an" ? who : -1;
    }

    /// <summary>
    /// The options a choice question offers, one word each, around its first "or": the content word just before it
    /// (and those before that, each after a comma: "rise, fall, or stay") and the first content word after it ("a
    /// private or public university" offers private and public; "paid well or poorly", well and poorly). Empty unless
    /// two or more options are found, all different.
    /// </summary>
    private static List<string> ChoiceOptions(string question, List<Token> tokens)
    {
        var or = tokens.FindIndex(1, t => t.Norm == "or");
        if (or < 1 || or + 1 >= tokens.Count) return [];
        var options = new List<string>();
        var after = tokens.Skip(or + 1).FirstOrDefault(t => !StopWords.Contains(t.Norm));
        if (after.Text is null) return [];
        // Before "or": the word just before it, then each word before a comma.
        for (var i = or - 1; i > 0; i--)
        {
            if (StopWords.Contains(tokens[i].Norm)) break;
            options.Insert(0, tokens[i].Norm);
            var gap = question.AsSpan(tokens[i - 1].Span.End, tokens[i].Span.Start - tokens[i - 1].Span.End);
            if (!gap.Contains(',')) break;
        }
        options.Add(after.Norm);
        return options.Count >= 2 && options.Distinct(StringComparer.Ordinal).Count() == options.Count ? options : [];
    }

    /// <summary>
    /// Whether the name ending at <paramref name="i"/> (its capitalised words) follows a preposition, with at most an
    /// article between.
    /// </summary>
    private static bool AfterPreposition(List<Token> tokens, List<string> norms, int i)
    {
        var before = i - 1;
        while (before > 0 && tokens[before].IsCapitalized) before--;
        if (before >= 0 && norms[before] is "the" or "a" or "an") before--;
        return before >= 0 && Prepositions.Contains(norms[before]);
    }

    private static bool IsPossessive(string word) =>
        word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal);

    private static AnswerType GuessType(string question, string lower, List<Token> tokens, List<string> norms, List<string> focus, bool asksForName,
        IReadOnlyDictionary<string, AnswerType> focusTypes)
    {
        if (norms.Count == 0) return AnswerType.Entity;
        // "How can I contact Professor Yang?" asks for an address to write to.
        if (lower.Contains("e-mail") || norms.Contains("email") || HowToContact().IsMatch(lower)) return AnswerType.Email;
        if (norms.Contains("phone") || norms.Contains("telephone")) return AnswerType.Phone;
        if (AsksForIdentifier(question, lower) && !norms.Contains("who")) return AnswerType.Identifier;
        // A yes/no question's auxiliary is followed by its subject: "Was was the rate lowered to …?" doubles a word of
        // a question that asks for something else.
        if (Auxiliaries.Contains(norms[0]) && !(norms.Count > 1 && Auxiliaries.Contains(norms[1])) && !ChoiceCue().IsMatch(lower)) return AnswerType.YesNo;
        if (lower.Contains("how many") || lower.Contains("how old")) return MoneyCue().IsMatch(lower) ? AnswerType.Money : AnswerType.Number;
        // "How much are tickets …?" asks a price; "How many tickets …?" a count.
        if (lower.Contains("how much")) return MoneyCue().IsMatch(lower) || PriceCue().IsMatch(lower) ? AnswerType.Money : AnswerType.Number;
        if (lower.Contains("how long")) return AnswerType.Duration;
        if (HowMeasure().IsMatch(lower)) return AnswerType.Number;
        // "What disease afflicts 1.9 percent of …?" says a percentage; it does not ask for one.
        if (lower.Contains("percent") && !SaysPercentage().IsMatch(lower)) return AnswerType.Percent;
        if (TimeCue().IsMatch(lower)) return AnswerType.Time;
        var wh = norms.FirstOrDefault(n => n is "who" or "whom" or "whose" or "when" or "where" or "why" or "what" or "which" or "how");
        switch (wh)
        {
            case "when":
                // "When will the stadium open on Sunday, May 12?" already names the day: the hour is asked.
                return NamesDay().IsMatch(lower) ? AnswerType.Time : AnswerType.Date;
            case "where":
                return AnswerType.Place;
            case "why" or "how":
                return AnswerType.Description;
        }
        // The head of the focus phrase is its last noun: "academic program manager" asks for a person.
        if (wh is "who" or "whom") return AnswerType.Person;
        // A capitalised word of the focus belongs to a name ("the Marshall Islands ship" asks for a ship, not an island).
        var named = tokens.Skip(1).Where(t => t.IsCapitalized).Select(t => t.Norm).ToHashSet(StringComparer.Ordinal);
        named.ExceptWith(tokens.Where(t => !t.IsCapitalized).Select(t => t.Norm));
        foreach (var word in Enumerable.Reverse(focus))
            if (!named.Contains(word) && focusTypes.TryGetValue(word, out var type)) return type;
        if (wh is "whose") return AnswerType.Person;
        // "What is the name of …?", "What is X known as?" ask for a name, not a description.
        if (asksForName) return AnswerType.Entity;
        if (DescriptionCue().IsMatch(lower)) return AnswerType.Description;
        return AnswerType.Entity;
    }

    /// <summary>
    /// Whether the question asks what something is named: "the name of", "called", "known as", "another term for";
    /// "What does the term X mean?" asks what it means.
    /// </summary>
    private static bool AsksForName(List<Token> tokens, string lower)
    {
        if (MeaningCue().IsMatch(lower)) return false;
        if (NamingPhrase().IsMatch(lower)) return true;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!NamingWords.Contains(tokens[i].Norm)) continue;
            // "the paper called Reasoning about the Unseen" names its subject; "What is the region called?" asks.
            var namesSubject = tokens[i].Norm is "called" or "named" or "nicknamed" or "dubbed" && i + 1 < tokens.Count && tokens[i + 1].IsCapitalized;
            if (!namesSubject) return true;
        }
        return false;
    }

    /// <summary>
    /// Whether the question names an identifier (<see cref="IdentifierCue"/>) that is not part of a capitalised name:
    /// "the Code of Canon Law" names a law, "the course number" an identifier. The lower-cased question keeps the
    /// question's character positions.
    /// </summary>
    private static bool AsksForIdentifier(string question, string lower)
    {
        foreach (Match match in IdentifierCue().Matches(lower))
        {
            var cue = match.Groups["cue"];
            if (!cue.Success || lower.Length != question.Length || !char.IsUpper(question[cue.Index]) || char.IsUpper(question[cue.Index + 1]))
                return true;
        }
        return false;
    }

    // "What is the course number of …", "the product code", "its ISBN": the name of a thing's identifier, not a count.
    // "total number of", "same number of" count; "phone number" has its own type; "the Neural Code Generation
    // course" names no code: the identifier's name ends the noun phrase.
    [GeneratedRegex(@"\b(?!(?:phone|telephone|fax|page|total|average|maximum|minimum|max|min|same|large|small|overall|exact|approximate|greatest|highest|lowest|combined|estimated|the|a|what|which|greater|larger|smaller|higher|lower|bigger|fewer|more|less|great|record|growing|increasing|for|with|in|on|at|by|from|to|of|and|or)\b)\w+\s(?<cue>number|code|id|identifier)(?=\s+(?:of|for|is|was|does|do|did)\b|\s*[?,.]|$)|\b(?:isbn|issn|doi)\b")]
    private static partial Regex IdentifierCue();

    // "What is X known as?", "another term for X": phrases that ask for a name.
    [GeneratedRegex(@"\b(?:known|referred to|designated) as\b|\bterms? (?:for|used|applied|given)\b")]
    private static partial Regex NamingPhrase();

    // "How can I contact …", "How do students contact …": an address to write to.
    [GeneratedRegex(@"\bhow (?:can|could|do|does|should|would|may|might|to) (?:(?:i|we|you|one|they|he|she|students|people|someone) )?contact\b")]
    private static partial Regex HowToContact();

    // A unit of measure written as a word of the question ("How many miles …?", "in square feet").
    [GeneratedRegex(@"(?<!\w)" + TypedRecognizers.Unit, RegexOptions.IgnoreCase)]
    private static partial Regex UnitWord();

    // "How far …", "How high …", "How large is …": a measure, a number with its unit.
    [GeneratedRegex(@"\bhow (?:far|high|large|big|tall|deep|wide|fast|heavy|hot|cold|warm|low|small|close|thick|steep)\b")]
    private static partial Regex HowMeasure();

    // "What is the abbreviation for …?", "What does MCDS stand for?": a question about an abbreviation, whose initials
    // neither repeat the question nor are widened to what they stand for.
    [GeneratedRegex(@"\b(?:abbreviat\w*|acronyms?|initials|short for|stands? for|short form)\b")]
    private static partial Regex AbbreviationCue();

    [GeneratedRegex(@"\b(?:mean|means|meant|meaning|describe|definition|purpose)\b")]
    private static partial Regex MeaningCue();

    /// <summary>A phrase the question quotes ("…" or “…”), its text in group 1: a title written as its owner wrote it.</summary>
    [GeneratedRegex("[\"“]([^\"”]+)[\"”]")]
    internal static partial Regex QuotedPhrase();

    // "in alphabetical order by their first name" says how to sort a list, not which end of it to give.
    [GeneratedRegex(@"(?<!\bby\s+(?:their\s+|the\s+|)|\border\s+of\s+(?:their\s+|the\s+|))\b(first|last)\s+(?:author|name|listed|person|speaker|instructor)")]
    private static partial Regex FirstOrLast();

    [GeneratedRegex(@"\b(list|names|areas|interests|all the|separated by|which .+ and which)\b")]
    private static partial Regex ListCue();

    // "Were they paid well or poorly?", "Do lights emit more, less, or the same?": a choice between options, answered
    // by one of them, not yes or no.
    [GeneratedRegex(@"\b\w+(?:, \w+)*,? or \w+")]
    private static partial Regex ChoiceCue();

    // A day: "on" a weekday (not "Easter Sunday"), a month with a day of it ("may 12", "dec. 3rd"), or "12/25"; the
    // month and weekday names are the date recognizer's.
    [GeneratedRegex(@"\bon\s+" + TypedRecognizers.Weekday + @"\b|\b" + TypedRecognizers.Month + @"\s+\d{1,2}(?:st|nd|rd|th)?\b(?![,:/]?\d)|\b\d{1,2}/\d{1,2}\b",
        RegexOptions.IgnoreCase)]
    private static partial Regex NamesDay();

    [GeneratedRegex(@"\d\s*percent")]
    private static partial Regex SaysPercentage();

    [GeneratedRegex(@"\b(cost|price|fee|fees|tuition|dollars|\$|pay|charge|budget|salary|spend|worth)\b")]
    private static partial Regex MoneyCue();

    [GeneratedRegex(@"\b(tickets?|admission|fares?|rent)\b")]
    private static partial Regex PriceCue();

    [GeneratedRegex(@"\b(what time|at what time|which time|what hour|time of the day|start time|end time|time does|time is|time will)\b")]
    private static partial Regex TimeCue();

    [GeneratedRegex(@"^(what|who)\s+(is|are|was|were)\s+(a|an|the)?\s*\w+|\babout\?$|\bwhat (does|do|did)\b|\bpurpose\b|\bdescribe\b|\bmean\b")]
    private static partial Regex DescriptionCue();
}
