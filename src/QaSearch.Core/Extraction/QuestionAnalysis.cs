namespace QaSearch.Core.Extraction;

/// <summary>What a question asks for: the expected answer type, its focus and the terms an answer's context should share.</summary>
/// <param name="Question">The question as asked.</param>
/// <param name="Type">Expected answer type.</param>
/// <param name="Focus">Normalised words naming what is asked for ("email", "venue", "instructor"), from the words after the wh-word.</param>
/// <param name="KeyTerms">Normalised content words of the question (focus included), without stop words.</param>
/// <param name="Phrases">Quoted phrases of the question ("Search Engines"), which an answer's context should hold whole.</param>
/// <param name="Position">"first" or "last" when the question asks for one end of a list (first author), else null.</param>
/// <param name="WantsList">True when the question asks for several items (research areas, all instructors).</param>
public sealed record QuestionAnalysis(
    string Question,
    AnswerType Type,
    IReadOnlyList<string> Focus,
    IReadOnlyList<string> KeyTerms,
    IReadOnlyList<string> Phrases,
    string? Position,
    bool WantsList)
{
    /// <summary>Every normalised word of the question (to penalise candidates that only repeat it).</summary>
    public required IReadOnlySet<string> QuestionWords { get; init; }

    /// <summary>The question's words by their light stems (<see cref="TextTokenizer.LightStem"/>): "observed" and "observe" alike.</summary>
    internal IReadOnlySet<string> QuestionStems { get; init; } = new HashSet<string>();

    /// <summary>
    /// Where the answer stands among the question's words, as a statement would put it (<see cref="AnswerSlot"/>); null
    /// when the question has no wh-word.
    /// </summary>
    internal AnswerSlot? Slot { get; init; }

    /// <summary>
    /// The initials of each run of two to six of the question's content words, lower case ("cst" for "clonal selection
    /// theory"): a passage's "CST" says again what the question says. Empty when the question asks for an abbreviation.
    /// </summary>
    internal IReadOnlySet<string> Initialisms { get; init; } = new HashSet<string>();

    /// <summary>True when the question is about an abbreviation: asks for one ("What is the abbreviation for …?") or what one stands for.</summary>
    internal bool AsksForAbbreviation { get; init; }

    /// <summary>Whether a passage word (normalised) is one of the question's, the same word inflected otherwise, or the initials of some of them.</summary>
    internal bool Repeats(string norm) =>
        QuestionWords.Contains(norm) || QuestionStems.Contains(TextTokenizer.LightStem(norm)) || Initialisms.Contains(norm);

    /// <summary>
    /// The normalised words that may ask for a field: the first word, and those written in lower case. A capitalised
    /// word further on belongs to a name ("City" in "the Kansas City Chiefs" asks for no location).
    /// </summary>
    internal IReadOnlySet<string> CueWords { get; init; } = new HashSet<string>();

    /// <summary>
    /// For a question that asks what something is ("What is Randyland?", "Who was Ada Lovelace?", "What is the Harbor
    /// Fair about?"): the normalised content words of that something; empty for any other question.
    /// </summary>
    public IReadOnlyList<string> DefinedTerm { get; init; } = [];

    /// <summary>
    /// True when the question names an acronym ("MSAII", "MS AII"), so that passages are also searched for its other
    /// written forms (<see cref="Acronyms"/>).
    /// </summary>
    internal bool NamesAcronym { get; init; }

    /// <summary>The joined forms of the acronyms the question writes in parts, each with its key terms (<see cref="Acronyms.InParts"/>).</summary>
    internal IReadOnlyDictionary<string, IReadOnlyList<string>> AcronymsInParts { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>
    /// For a question that offers a choice ("Is it private or public?", "Did it rise, fall, or stay?"): the normalised
    /// options, each one word, in order; empty for any other question.
    /// </summary>
    internal IReadOnlyList<string> Options { get; init; } = [];

    /// <summary>
    /// True when the question asks for several things, by a list cue (<see cref="WantsList"/>) or by being written in
    /// the plural ("What companies …", "Which three parts …"): a run of names across commas may then be its answer.
    /// </summary>
    internal bool AsksForSeveral { get; init; }

    /// <summary>
    /// True when the question asks for one person with a singular verb ("Which faculty member is an author of X?"),
    /// so that one name of a list answers it, not the list.
    /// </summary>
    internal bool AsksForOnePerson { get; init; }

    /// <summary>
    /// Whether the question counts things ("How many bridges …?", "What is the population of …?") and writes no unit
    /// of measure: a measure ("500 miles") is then no count. "How many miles …?" asks for a measure.
    /// </summary>
    internal bool CountsWithoutUnit { get; init; }

    /// <summary>
    /// True when "what" or "which" is followed right away by the noun phrase it asks about ("Which other major event
    /// …?", "What app …?"), not by a verb or an article ("What is the …?", "What did …?").
    /// </summary>
    internal bool AsksWhichKind { get; init; }

    /// <summary>
    /// The question's capitalised words after its first, lower case, of three letters or more ("tomas", "wren" in "How
    /// can I contact Professor Tomas Wren?"): the words a personal address is made of.
    /// </summary>
    internal IReadOnlyList<string> NameWords { get; init; } = [];

    /// <summary>
    /// The name that owns what is asked ("Tomas Wren" in "What is Tomas Wren's title?"), as the question writes
    /// it; null when no capitalised name does.
    /// </summary>
    internal string? Owner { get; init; }

    /// <summary>
    /// True when the question asks what something is named or called ("What is the name of …?", "What is X known
    /// as?", "What is it called?"), so that a span after "known as", "called" or "named" in a passage answers it.
    /// </summary>
    internal bool AsksForName { get; init; }

    /// <summary>
    /// The head noun of an asked phrase longer than the focus ("app" of "Which popular language learning app was …?"),
    /// or null when the focus holds the whole phrase.
    /// </summary>
    internal string? FocusHead { get; init; }

    /// <summary>
    /// Whether a normalised word is the asked phrase's head: <see cref="FocusHead"/> when the phrase runs past the
    /// focus, else any focus word ("empire" of "Which empire", "battle" of "What naval battle").
    /// </summary>
    internal bool IsFocusHead(string norm) => FocusHead is { } head ? norm == head : Focus.Contains(norm);

    /// <summary>The word lists the question was read with; candidates are typed with the same.</summary>
    public Lexicon Lexicon { get; init; } = Lexicon.Default;
}

/// <summary>
/// The question's content words (no stop words, nor the wh-phrase's own nouns) in the order it writes them, by their
/// light stems, and the gaps between them where its answer may stand in a statement: before the verb for "What battle
/// marked …?" ("[the Battle of Britain] marked …"), anywhere after the subject for "What do plants release during
/// photosynthesis?" ("plants release [oxygen] during photosynthesis"), where the wh-word stands for "… are called what?".
/// A gap g stands after the first g words.
/// </summary>
internal sealed record AnswerSlot(IReadOnlyList<string> Stems, int FirstGap, int LastGap);
