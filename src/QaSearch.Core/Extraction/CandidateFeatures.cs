using System.Text.RegularExpressions;

namespace QaSearch.Core.Extraction;

/// <summary>
/// The named features of a candidate, each in about [0, 1]. The extractor combines them with learned weights;
/// <c>--explain</c> shows them. Names are stable: the weights file refers to them.
/// </summary>
internal static partial class CandidateFeatures
{
    public static readonly string[] Names =
    [
        "retrieval_rank", "retrieval_score", "passage_overlap", "sentence_overlap", "phrase_match", "near_key_term",
        "type_match", "type_compatible", "field_match", "repeats_question", "redundancy", "too_long", "too_short",
        "kind_field", "kind_typed", "kind_name", "kind_phrase", "kind_clause", "phrase_for_entity", "clause_for_description",
        "best_sentence", "context_match", "inverse_length", "typed_and_matching", "head_is_focus", "in_opening_heading",
        "defines_term", "segment_overlap", "ends_in_verb", "counts_focus", "named_by_cue", "name_for_name", "after_locative",
        "record_phrase", "aligned_slot", "address_names_owner",
    ];

    private static readonly HashSet<string> Copulas = new(StringComparer.Ordinal) { "is", "are", "was", "were" };

    /// <summary>
    /// For "What lake …?" or "Which battle …?": whether a name opens with the asked noun and goes on with words that
    /// are only names, none of them the question's ("Lake Tarrow", "Battle of Wenholt"): one of the asked kind. "Event
    /// Opening Ceremony" goes on with ordinary words (a label glued to a title), "Event Harbor Fair Parade" with the
    /// question's own name.
    /// </summary>
    private static bool OpensWithFocus(AnswerCandidate candidate, IReadOnlyList<Token> tokens, PassageReading reading, QuestionAnalysis question) =>
        candidate.Kind == CandidateKind.Name && question.AsksWhichKind && question.Focus.Count > 0 && tokens[0].Norm == (question.FocusHead ?? question.Focus[^1]) &&
        tokens.Skip(1).All(t => StopWords.Contains(t.Norm) || (!reading.CommonWords.Contains(t.Norm) && !question.Repeats(t.Norm)));

    /// <summary>
    /// "Which empire …?" → "Ottoman Empire": whether a span ends in the asked phrase's head noun. A phrase must end in
    /// the head itself ("apps" for "Which popular language learning app …?", not "second language"); a name may end in
    /// any focus word, since a name's head often comes before its complement ("Harbor School of Law" for "What small
    /// private law school …?").
    /// </summary>
    private static bool EndsInFocus(AnswerCandidate candidate, IReadOnlyList<Token> tokens, QuestionAnalysis question) =>
        question.IsFocusHead(tokens[^1].Norm) || (candidate.Kind == CandidateKind.Name && question.Focus.Contains(tokens[^1].Norm));

    /// <summary>Computes the features of <paramref name="candidate"/> from what the extractor already worked out for it.</summary>
    internal static double[] Compute(AnswerCandidate candidate, PassageReading reading, QuestionAnalysis question, CandidateContext context)
    {
        var (tokens, overlap, bestOverlap, topScore, support) = context;
        var (content, asked) = (0, 0);
        foreach (var token in tokens)
        {
            if (StopWords.Contains(token.Norm)) continue;
            content++;
            if (question.Repeats(token.Norm)) asked++;
        }
        var repeats = content == 0 ? 1.0 : asked / (double)content;
        var distance = reading.DistanceToKeyTerm(candidate.Span, candidate.Context);
        var (first, end) = reading.TokensIn(candidate.Span);
        var (match, compatible) = TypeAgreement(candidate, question);
        var wantsLong = question.Type == AnswerType.Description || question.WantsList;
        return
        [
            1.0 / (1 + candidate.Source.Rank),
            topScore > 0 ? candidate.Source.Score / topScore : 0,
            reading.PassageOverlap,
            overlap,
            reading.PhraseMatch,
            distance is null ? 0 : 1.0 / (1 + distance.Value),
            match,
            compatible,
            candidate.FieldMatch,
            repeats,
            Math.Log(1 + support) / Math.Log(11),
            wantsLong ? 0 : Math.Min(1, Math.Max(0, tokens.Count - 6) / 10.0),
            wantsLong && tokens.Count < 4 ? 1 : 0,
            candidate.Kind == CandidateKind.Field ? 1 : 0,
            candidate.Kind == CandidateKind.Typed ? 1 : 0,
            candidate.Kind == CandidateKind.Name ? 1 : 0,
            candidate.Kind == CandidateKind.Phrase ? 1 : 0,
            candidate.Kind == CandidateKind.Clause ? 1 : 0,
            candidate.Kind == CandidateKind.Phrase && question.Type is AnswerType.Entity or AnswerType.Description or AnswerType.Title ? 1 : 0,
            candidate.Kind == CandidateKind.Clause && question.Type == AnswerType.Description ? 1 : 0,
            bestOverlap > 0 ? overlap / bestOverlap : 0,
            reading.ContextMatch(candidate.Span),
            1.0 / Math.Max(1, tokens.Count),
            candidate.Kind == CandidateKind.Typed && match == 1 ? 1 : 0,
            tokens.Count > 1 && (EndsInFocus(candidate, tokens, question) || OpensWithFocus(candidate, tokens, reading, question)) ? 1 : 0,
            // "Harbor Festival 2025" opening a page names what the page is about; it does not say when it was founded.
            reading.InOpeningHeading(candidate.Span) ? 1 : 0,
            DefinesTerm(candidate, reading, question),
            // "$5 for students; $10 for alumni and guests": the part of the sentence around the span that holds the asked terms.
            // A field's value is read with its whole record, whose overlap is its context's (sentence_overlap).
            candidate.Kind == CandidateKind.Field ? overlap : reading.Overlap(reading.SegmentOf(candidate.Span, candidate.Sentence)),
            // "the chick guard stage describes": a span that ran on into a verb.
            candidate.Kind != CandidateKind.Field && reading.EndsInVerb(first, end) ? 1 : 0,
            // "How many miles …?" → "7 miles", not "11 km": a number followed by what the question counts.
            CountsFocus(candidate, reading, question, first, end) ? 1 : 0,
            // "What is the name of the Gull Rovers' cheerleading squad?" → "… known as the Roverettes"; "Which … app …?" →
            // "a spinoff called Tidewise": a which-kind question asks for a thing's name too.
            (question.AsksForName || (question.Type == AnswerType.Entity && question.AsksWhichKind)) && first < end && reading.AfterNamingCue(first, candidate.Sentence) ? 1 : 0,
            // A question for a name wants a name ("Rover Nation"), not a phrase that describes ("large fanbase").
            question.AsksForName && candidate.Kind == CandidateKind.Name ? 1 : 0,
            // "Where …?" → "… move to Palenque": a name or phrase right after a preposition of place.
            question.Type == AnswerType.Place && candidate.Kind is CandidateKind.Name or CandidateKind.Phrase && reading.AfterLocative(first, candidate.Sentence) ? 1 : 0,
            // A field's value from the record that holds the question's quoted title, not from the record beside it.
            candidate.Kind == CandidateKind.Field ? reading.PhraseMatchIn(candidate.Context) : 0,
            // "What were greenware ceramics made from?" → "… made from [celadon]": the question's words around the span in
            // its order. One word alone is any span's neighbour, so it counts from the second (1/3 for two, 1 for four).
            candidate.Kind == CandidateKind.Field ? 0 : Math.Clamp(reading.AlignedWords(first, end, candidate.Sentence, question.Slot) - 1, 0, 3) / 3.0,
            // "How can I contact Professor Tomas Wren?" → "twren@harbour.edu", not the colleague's address listed above it.
            AddressNamesOwner(candidate, question) ? 1 : 0,
        ];
    }

    /// <summary>Whether an email address's user part spells one of the question's name words ("twren@…" for Tomas Wren).</summary>
    private static bool AddressNamesOwner(AnswerCandidate candidate, QuestionAnalysis question)
    {
        if (candidate.Type != AnswerType.Email || question.NameWords.Count == 0) return false;
        var at = candidate.Text.IndexOf('@');
        if (at <= 0) return false;
        var user = candidate.Text[..at].ToLowerInvariant();
        return question.NameWords.Any(w => user.Contains(w, StringComparison.Ordinal));
    }

    /// <summary>
    /// Whether a number, amount or duration is followed, within two words, by the question's focus noun ("7 miles" for
    /// "How many miles …?"); the span's tokens are <paramref name="first"/> up to <paramref name="end"/>, and its own last
    /// word counts ("13-inch").
    /// </summary>
    private static bool CountsFocus(AnswerCandidate candidate, PassageReading reading, QuestionAnalysis question, int first, int end)
    {
        if (question.Focus.Count == 0 || candidate.Type is not (AnswerType.Number or AnswerType.Money or AnswerType.Duration or AnswerType.Percent)) return false;
        var tokens = reading.Tokens;
        for (var k = Math.Max(first, end - 1); k < Math.Min(tokens.Count, end + 2); k++)
            if (tokens[k].Span.Start < candidate.Sentence.End && question.Focus.Contains(tokens[k].Norm)) return true;
        return false;
    }

    /// <summary>
    /// 1 for what a sentence says the question's term is: the clause after "X is" ("Randyland is a colorful public art
    /// museum …" for "What is Randyland?"), where the few words before the copula hold every content word of X.
    /// </summary>
    private static double DefinesTerm(AnswerCandidate candidate, PassageReading reading, QuestionAnalysis question)
    {
        if (question.DefinedTerm.Count == 0 || candidate.Kind != CandidateKind.Clause) return 0;
        var (first, end) = reading.TokensIn(new TextSpan(candidate.Sentence.Start, candidate.Span.Start));
        if (end - first < 2 || !Copulas.Contains(reading.Tokens[end - 1].Norm)) return 0;
        var from = Math.Max(first, end - 1 - (question.DefinedTerm.Count + 3));
        var subject = Enumerable.Range(from, end - 1 - from).Select(i => reading.Tokens[i].Norm).ToHashSet(StringComparer.Ordinal);
        return question.DefinedTerm.All(subject.Contains) ? 1 : 0;
    }

    /// <summary>
    /// 1 for the expected type; "compatible" for near misses (a name of unknown kind for a person, a date for a time,
    /// and a date that does not say what the question's focus asks of it: "2017" for "In which month …?", "August"
    /// for "In what year …?").
    /// </summary>
    private static (double Match, double Compatible) TypeAgreement(AnswerCandidate candidate, QuestionAnalysis question)
    {
        var expected = question.Type;
        if (candidate.Type == expected)
            return (expected == AnswerType.Date && !SaysAskedPart(candidate.Text, question.Focus)) ||
                   (expected == AnswerType.Number && question.CountsWithoutUnit && (MeasureUnit().IsMatch(candidate.Text) || OrdinalDigits().IsMatch(candidate.Text))) ? (0, 1) : (1, 0);
        return (0, Compatible(candidate, expected));
    }

    // A number that ends in a unit of measure ("500 miles"): a measure, no count (QuestionAnalysis.CountsWithoutUnit).
    [GeneratedRegex(@"\d" + TypedRecognizers.Unit + "$", RegexOptions.IgnoreCase)]
    private static partial Regex MeasureUnit();

    // An ordinal ("ranked 26th"): a place in an order, no count.
    [GeneratedRegex("^" + TypedRecognizers.Ordinal + "$", RegexOptions.IgnoreCase)]
    private static partial Regex OrdinalDigits();

    /// <summary>Whether a date names the part of it that the focus asks for: a month for "which month", a year for "what year".</summary>
    private static bool SaysAskedPart(string date, IReadOnlyList<string> focus) =>
        focus.Count == 0 || focus[^1] switch
        {
            "month" => MonthName().IsMatch(date),
            "year" => YearDigits().IsMatch(date),
            _ => true,
        };

    [GeneratedRegex(@"\b" + TypedRecognizers.Month + @"(?![a-z])")]
    private static partial Regex MonthName();

    // A year: four digits, or three ("in 883").
    [GeneratedRegex(@"\b\d{3,4}(?!\d)")]
    private static partial Regex YearDigits();

    /// <summary>
    /// Whether a span recognised as <paramref name="type"/> cannot answer <paramref name="question"/>: a time, date,
    /// number, amount, share or duration answers no "Who …?", no "Where …?", and no "Which event …?" that names a kind
    /// of thing no known focus word makes a time or a quantity.
    /// </summary>
    internal static bool RulesOut(QuestionAnalysis question, AnswerType type) =>
        (question.Type is AnswerType.Person or AnswerType.Place || NamesAThing(question)) &&
        type is AnswerType.Time or AnswerType.Date or AnswerType.Number or AnswerType.Money or AnswerType.Percent or AnswerType.Duration;

    private static bool NamesAThing(QuestionAnalysis question) =>
        question.Type == AnswerType.Entity && question.AsksWhichKind && question.Focus.Count > 0 && !question.Focus.Any(question.Lexicon.FocusTypes.ContainsKey);

    /// <summary>Whether a value of <paramref name="type"/> can answer a question that expects <paramref name="expected"/>.</summary>
    internal static bool Agrees(AnswerType type, AnswerType expected) =>
        type == expected || expected is AnswerType.Entity or AnswerType.Description || CompatibleTypes(expected, type);

    private static double Compatible(AnswerCandidate candidate, AnswerType expected)
    {
        if (expected == AnswerType.Entity && candidate.Kind is CandidateKind.Name or CandidateKind.Phrase or CandidateKind.Field) return 1;
        return CompatibleTypes(expected, candidate.Type) ? 1 : 0;
    }

    private static bool CompatibleTypes(AnswerType expected, AnswerType type) =>
        (expected, type) switch
        {
            (AnswerType.Person or AnswerType.Organization or AnswerType.Place or AnswerType.Title, AnswerType.Entity) => true,
            (AnswerType.Organization, AnswerType.Place) or (AnswerType.Place, AnswerType.Organization) => true,
            // "QRH 5404", "Gate B12": a room or gate is written as a code.
            (AnswerType.Place, AnswerType.Identifier) => true,
            (AnswerType.Date, AnswerType.Time) or (AnswerType.Time, AnswerType.Date) => true,
            (AnswerType.Number, AnswerType.Money or AnswerType.Percent or AnswerType.Duration or AnswerType.Date) => true,
            (AnswerType.Duration, AnswerType.Number) => true,
            (AnswerType.Identifier, AnswerType.Number) => true,
            (AnswerType.Description, AnswerType.Entity) => true,
            _ => false,
        };
}
