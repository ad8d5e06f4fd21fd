using QaSearch.Core.Corpus;
using QaSearch.Core.Retrieval;

namespace QaSearch.Core.Extraction;

/// <summary>
/// One retrieved passage read against one question, once: its sentences, tokens, fields and which tokens are the
/// question's key terms. Candidates and features are computed from it without reading the text again.
/// </summary>
internal sealed class PassageReading
{
    /// <param name="source">The retrieved passage.</param>
    /// <param name="question">The question's analysis.</param>
    /// <param name="termWeights">Weight of each key term of the question (see <see cref="KeyTermWeights"/>).</param>
    /// <param name="tokens">The passage text's tokens, tokenized once for the question (see <see cref="KeyTermWeights"/>).</param>
    /// <param name="acronymHits">Its tokens that stand for key terms as parts of an acronym (<see cref="Acronyms.Hits"/>), found once.</param>
    public PassageReading(RetrievedPassage source, QuestionAnalysis question, IReadOnlyDictionary<string, double> termWeights, List<Token> tokens,
        IReadOnlyDictionary<int, IReadOnlyList<string>>? acronymHits)
    {
        _weights = termWeights;
        _keyTerms = new KeyTermMatcher(termWeights.Keys);
        _standsFor = acronymHits;
        _totalWeight = termWeights.Values.Sum();
        Source = source;
        _openingHeadingEnd = OpeningHeadingEnd(source.Passage);
        var text = source.Passage.Text;
        Sentences = SentenceSplitter.Split(text);
        Tokens = tokens;
        Fields = FieldLine.Find(text);
        Records = FieldLine.Records(text, Fields);
        KeyHits = [];
        var passageTerms = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < Tokens.Count; i++)
        {
            if (_keyTerms.TermOf(Tokens[i].Norm) is { } term)
            {
                KeyHits.Add(i);
                _hitTerms.Add(term);
                passageTerms.Add(term);
            }
            else if (acronymHits is not null && acronymHits.TryGetValue(i, out var terms))
            {
                KeyHits.Add(i);
                _hitTerms.Add(null);
                passageTerms.UnionWith(terms);
            }
        }
        foreach (var word in TextTokenizer.Tokenize(source.Passage.Title))
            if (_keyTerms.TermOf(word.Norm) is { } term) passageTerms.Add(term);
        PassageOverlap = Weigh(passageTerms);
        _phrases = question.Phrases.Count == 0 ? [] : question.Phrases.Select(Fold).ToArray();
        if (_phrases.Length > 0) PhraseMatch = PhraseShare(text + " " + source.Passage.Title);
    }

    private readonly IReadOnlyDictionary<string, double> _weights;
    // Which key term a passage word stands for, as written or inflected otherwise ("moved" for "move").
    private readonly KeyTermMatcher _keyTerms;
    // The key term each of KeyHits stands for, in the same order; null for a hit that stands for terms as part of an acronym.
    private readonly List<string?> _hitTerms = [];
    // Key hits that stand for key terms other than their own form: parts of an acronym written otherwise than in the question.
    private readonly IReadOnlyDictionary<int, IReadOnlyList<string>>? _standsFor;
    private readonly double _totalWeight;
    private readonly int _openingHeadingEnd;
    // The question's quoted phrases, folded once for the passage (Fold).
    private readonly string[] _phrases;

    public RetrievedPassage Source { get; }

    /// <summary>
    /// Words written in lower case somewhere in the passages read for the question: ordinary words of this corpus.
    /// A capitalised run holding one ("Original Taco Festival") is a title or an event, not a person's name.
    /// </summary>
    public IReadOnlySet<string> CommonWords { get; init; } = new HashSet<string>();

    /// <summary>The words of <paramref name="tokens"/> written in lower case (normalised): what <see cref="CommonWords"/> holds for the passages read.</summary>
    public static HashSet<string> LowerCaseWords(IEnumerable<Token> tokens) =>
        tokens.Where(t => t.Text.Length > 0 && char.IsLower(t.Text[0])).Select(t => t.Norm).ToHashSet(StringComparer.Ordinal);
    public List<TextSpan> Sentences { get; }
    public List<Token> Tokens { get; }
    public List<FieldLine> Fields { get; }

    /// <summary>Runs of consecutive field lines (records), each as one span.</summary>
    public List<TextSpan> Records { get; }

    /// <summary>The record holding <paramref name="line"/>.</summary>
    public TextSpan RecordOf(TextSpan line) => Records.FirstOrDefault(r => r.Contains(line)) is { Length: > 0 } r ? r : line;

    /// <summary>Indexes into <see cref="Tokens"/> of the question's key terms.</summary>
    public List<int> KeyHits { get; }

    /// <summary>Share of the question's key terms found in the passage or its title.</summary>
    public double PassageOverlap { get; }

    /// <summary>Share of the question's quoted phrases found whole in the passage or its title.</summary>
    public double PhraseMatch { get; }

    /// <summary>
    /// Share of the question's quoted phrases found whole in <paramref name="range"/> of the passage: "Who taught
    /// "Data Science Seminar"?" is answered from the record that names that course, not from the record beside it that
    /// shares its words ("First Year Seminar: Science and Science Fiction"). 0 when the question quotes nothing.
    /// </summary>
    public double PhraseMatchIn(TextSpan range)
    {
        if (_phrases.Length == 0) return 0;
        // The field values of one record share it as their context: it is folded once.
        _phraseMatches ??= [];
        if (_phraseMatches.TryGetValue(range, out var known)) return known;
        return _phraseMatches[range] = PhraseShare(range.Of(Source.Passage.Text));
    }

    /// <summary>Phrase matches already found, by range (a reading serves one question on one thread).</summary>
    private Dictionary<TextSpan, double>? _phraseMatches;

    private double PhraseShare(string text)
    {
        var haystack = Fold(text);
        return _phrases.Count(p => haystack.Contains(p, StringComparison.Ordinal)) / (double)_phrases.Length;
    }

    /// <summary>The sentence holding <paramref name="span"/>, or the span itself when no sentence does.</summary>
    public TextSpan SentenceOf(TextSpan span) =>
        Sentences.FirstOrDefault(s => s.Start <= span.Start && span.Start < s.End) is { Length: > 0 } s ? new TextSpan(s.Start, Math.Max(s.End, span.End)) : span;

    /// <summary>Whether <paramref name="span"/> stands in the document's opening heading line (see <see cref="OpeningHeadingEnd"/>).</summary>
    public bool InOpeningHeading(TextSpan span) => span.End <= _openingHeadingEnd;

    /// <summary>
    /// Where the document's opening line ends, when that line is a heading: the first line of the document's first
    /// passage, of at most eight words, with no sentence punctuation and no field; -1 otherwise. Found once per passage.
    /// </summary>
    private static int OpeningHeadingEnd(Passage passage)
    {
        if (passage.Start != 0) return -1;
        var end = passage.Text.IndexOf('\n');
        if (end < 0) return -1;
        var line = passage.Text.AsSpan(0, end).Trim();
        return line.Length > 0 && line[^1] is not ('.' or '!' or '?' or ':' or ';' or ',')
               && line.IndexOf(": ", StringComparison.Ordinal) < 0 && line.Count(' ') < 8
            ? end
            : -1;
    }

    /// <summary>
    /// The part of <paramref name="sentence"/> around <paramref name="span"/> up to the nearest comma or semicolon on
    /// each side; when that part holds nothing but the span and stop words ("Sal Richetti" in "…, Sal Richetti, …",
    /// "1970" in "In 1970, the year they moved …"), one part more on each side.
    /// </summary>
    public TextSpan SegmentOf(TextSpan span, TextSpan sentence)
    {
        var text = Source.Passage.Text;
        var (from, to) = (Math.Clamp(span.Start, sentence.Start, sentence.End), Math.Clamp(span.End, sentence.Start, sentence.End));
        var (start, end) = (PartStart(from), PartEnd(to));
        if (OnlyStopWords(start, from) && OnlyStopWords(to, end))
            (start, end) = (PartStart(Math.Max(sentence.Start, start - 1)), PartEnd(Math.Min(sentence.End, end + 1)));
        return new TextSpan(start, end);

        bool OnlyStopWords(int a, int b)
        {
            if (b <= a) return true;
            var (first, stop) = TokensIn(new TextSpan(a, b));
            for (var k = first; k < stop; k++)
                if (!StopWords.Contains(Tokens[k].Norm)) return false;
            return true;
        }

        int PartStart(int at)
        {
            while (at > sentence.Start && text[at - 1] is not (';' or ',')) at--;
            return at;
        }

        int PartEnd(int at)
        {
            while (at < sentence.End && text[at] is not (';' or ',')) at++;
            return at;
        }
    }

    /// <summary>Weighted share of the question's key terms found in <paramref name="range"/>.</summary>
    public double Overlap(TextSpan range)
    {
        if (_totalWeight <= 0) return 0;
        // Most candidates of a passage share a handful of sentences and segments: each range is summed once.
        _overlaps ??= [];
        if (_overlaps.TryGetValue(range, out var known)) return known;
        return _overlaps[range] = SumOverlap(range);
    }

    /// <summary>Overlaps already summed, by range (a reading serves one question on one thread).</summary>
    private Dictionary<TextSpan, double>? _overlaps;

    private double SumOverlap(TextSpan range)
    {
        // Each distinct term once, summed in the order first found (a question has a handful of key terms).
        var seen = new List<string>(4);
        var sum = 0.0;
        for (var h = 0; h < KeyHits.Count; h++)
        {
            var i = KeyHits[h];
            var token = Tokens[i];
            if (token.Span.Start >= range.End) break;
            if (!range.Contains(token.Span)) continue;
            if (_standsFor is not null && _standsFor.TryGetValue(i, out var terms))
                foreach (var term in terms) Add(term);
            else if (_hitTerms[h] is { } term) Add(term);
        }
        return sum / _totalWeight;

        void Add(string term)
        {
            if (seen.Contains(term)) return;
            seen.Add(term);
            sum += _weights.GetValueOrDefault(term);
        }
    }

    /// <summary>Whether the token at <paramref name="i"/> is one of the question's key terms, or stands for some.</summary>
    private bool IsKeyHit(int i) => _keyTerms.TermOf(Tokens[i].Norm) is not null || (_standsFor?.ContainsKey(i) ?? false);

    private double Weigh(IReadOnlySet<string> terms) =>
        _totalWeight <= 0 ? 0 : terms.Sum(t => _weights.GetValueOrDefault(t)) / _totalWeight;

    /// <summary>
    /// Weights of the question's key terms by how rare they are among the retrieved passages (an IDF over the
    /// candidates' own context): a term every passage shares ("lighthouse") says less about where the answer
    /// stands than the one a few share ("built").
    /// </summary>
    /// <param name="question">The question's analysis.</param>
    /// <param name="held">The key terms each retrieved passage holds (<see cref="KeyTermsIn"/>), one set per passage.</param>
    public static Dictionary<string, double> KeyTermWeights(QuestionAnalysis question, IReadOnlyList<IReadOnlySet<string>> held)
    {
        var n = held.Count;
        // In how many passages (text or title) each key term stands.
        var passagesWith = question.KeyTerms.Distinct().ToDictionary(t => t, _ => 0, StringComparer.Ordinal);
        foreach (var terms in held)
            foreach (var term in terms) passagesWith[term]++;
        return question.KeyTerms.ToDictionary(t => t, t => Math.Log(1 + (n + 1.0) / (passagesWith[t] + 0.5)));
    }

    /// <summary>The key terms a passage holds, in its text, its title or an acronym's other written form.</summary>
    public static HashSet<string> KeyTermsIn(KeyTermMatcher keyTerms, RetrievedPassage passage, List<Token> tokens, IReadOnlyDictionary<int, IReadOnlyList<string>>? acronymHits)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var token in tokens.Concat(TextTokenizer.Tokenize(passage.Passage.Title)))
            if (keyTerms.TermOf(token.Norm) is { } term) seen.Add(term);
        foreach (var terms in acronymHits?.Values ?? [])
            seen.UnionWith(terms);
        return seen;
    }

    /// <summary>
    /// Share of the three words on each side of <paramref name="span"/> that are question key terms: "founded in
    /// [1958]" for "When was it founded?". The answer usually stands where the question's own words surround it.
    /// </summary>
    public double ContextMatch(TextSpan span)
    {
        if (TokenRange(span) is not var (first, last)) return 0;
        var (inWindow, hits) = (0, 0);
        for (var i = first - 3; i <= last + 3; i++)
        {
            if (i >= first && i <= last) { i = last; continue; }
            if (i < 0 || i >= Tokens.Count) continue;
            inWindow++;
            if (IsKeyHit(i)) hits++;
        }
        return inWindow == 0 ? 0 : hits / 6.0;
    }

    /// <summary>
    /// How many of the question's content words stand, in the question's order, right around the tokens from
    /// <paramref name="first"/> up to <paramref name="end"/>, as if the span filled the question's answer slot:
    /// "greenware ceramics made from [celadon]" for "What were greenware ceramics made from?", "plants release [oxygen]
    /// during photosynthesis" for "What do plants release during photosynthesis?". Stop words between are passed over,
    /// up to <see cref="AlignmentGap"/> in a row; words are compared by their light stems.
    /// </summary>
    /// <param name="first">The span's first token.</param>
    /// <param name="end">The token after the span's last.</param>
    /// <param name="sentence">The sentence the span stands in; the alignment does not leave it.</param>
    /// <param name="slot">The question's content words and where its answer may stand among them.</param>
    public int AlignedWords(int first, int end, TextSpan sentence, AnswerSlot? slot)
    {
        if (slot is null || slot.Stems.Count == 0 || first >= end) return 0;
        var stems = slot.Stems;
        var before = ContentStems(first - 1, -1, sentence, stems.Count + AlignmentSlack);
        var after = ContentStems(end, +1, sentence, stems.Count + AlignmentSlack);
        var best = 0;
        // The question's words before the gap read backwards from the span, those after it forwards.
        for (var gap = slot.FirstGap; gap <= slot.LastGap; gap++)
        {
            var left = InOrder(before, stems, gap - 1, -1, gap);
            var right = InOrder(after, stems, gap, +1, stems.Count - gap);
            best = Math.Max(best, left + right);
        }
        return best;
    }

    /// <summary>Content words of the sentence an alignment may pass over that the question does not hold ("the [club's] official anthem singer" for "the Gull Rovers' official anthem singer").</summary>
    private const int AlignmentSlack = 1;

    /// <summary>
    /// How many of the question's words (<paramref name="count"/> of <paramref name="stems"/>, from
    /// <paramref name="origin"/> by <paramref name="step"/>, nearest the slot first) <paramref name="sentence"/>'s
    /// words (nearest the span first) hold in the same order. The alignment opens
    /// within <see cref="AlignmentSlack"/> words of the span, and passes over at most that many words of the sentence
    /// and that many of the question.
    /// </summary>
    private static int InOrder(List<string> sentence, IReadOnlyList<string> stems, int origin, int step, int count)
    {
        var best = 0;
        for (var start = 0; start < Math.Min(sentence.Count, AlignmentSlack + 1); start++)
        {
            var (matched, next, passedInSentence, passedInQuestion) = (0, 0, start, 0);
            for (var i = start; i < sentence.Count && next < count; i++)
            {
                var k = next;
                while (k < count && k - next + passedInQuestion <= AlignmentSlack && stems[origin + step * k] != sentence[i]) k++;
                if (k < count && k - next + passedInQuestion <= AlignmentSlack)
                {
                    matched++;
                    passedInQuestion += k - next;
                    next = k + 1;
                }
                // The alignment opens on a word the question holds; past that, words it lacks are passed over.
                else if (matched == 0 || ++passedInSentence > AlignmentSlack) break;
            }
            best = Math.Max(best, matched);
        }
        return best;
    }

    /// <summary>Stop words in a row that an alignment passes over between two content words ("made [from the] clay").</summary>
    private const int AlignmentGap = 3;

    /// <summary>The light stems of up to <paramref name="count"/> content words of <paramref name="sentence"/> from token <paramref name="from"/> on, going by <paramref name="step"/>.</summary>
    private List<string> ContentStems(int from, int step, TextSpan sentence, int count)
    {
        // Every candidate of the passage walks the same tokens: each is stemmed once, when first asked for.
        _tokenStems ??= Tokens.Select(t => StopWords.Contains(t.Norm) ? null : TextTokenizer.LightStem(t.Norm)).ToArray();
        var stems = new List<string>(count);
        var stops = 0;
        for (var k = from; k >= 0 && k < Tokens.Count && sentence.Contains(Tokens[k].Span) && stems.Count < count; k += step)
        {
            if (_tokenStems[k] is not { } stem)
            {
                if (++stops > AlignmentGap) break;
                continue;
            }
            stops = 0;
            stems.Add(stem);
        }
        return stems;
    }

    /// <summary>Each token's light stem, null for a stop word (<see cref="ContentStems"/>); a reading serves one question on one thread.</summary>
    private string?[]? _tokenStems;

    /// <summary>Tokens between <paramref name="span"/> and the nearest key term inside <paramref name="range"/>; null when none is there.</summary>
    public int? DistanceToKeyTerm(TextSpan span, TextSpan range)
    {
        if (TokenRange(span) is not var (first, last)) return null;
        int? best = null;
        foreach (var hit in KeyHits)
        {
            if (!range.Contains(Tokens[hit].Span) || (hit >= first && hit <= last)) continue;
            var distance = hit < first ? first - hit : hit - last;
            if (best is null || distance < best) best = distance;
        }
        return best;
    }

    /// <summary>Indexes of the first and last token overlapping <paramref name="span"/>, or null when none does.</summary>
    private (int First, int Last)? TokenRange(TextSpan span)
    {
        var first = FirstToken(span.Start, byEnd: true);
        var last = FirstToken(span.End, byEnd: false) - 1;
        return first == Tokens.Count || last < 0 ? null : (first, last);
    }

    /// <summary>Words that open a noun phrase: a word right before one, with only a space between, is seldom a noun.</summary>
    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal)
        { "the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those", "our", "my", "your" };

    /// <summary>
    /// Whether the last word of the tokens from <paramref name="first"/> up to <paramref name="end"/> reads as a verb: a
    /// lower-case word directly followed by a determiner ("the chick guard stage describes the period"), or a lower-case
    /// "-ed" word ending a longer run ("the fatty acids involved").
    /// </summary>
    public bool EndsInVerb(int first, int end)
    {
        if (end - first < 2) return false;
        var last = Tokens[end - 1];
        if (last.Text.Length == 0 || !char.IsLower(last.Text[0]) || last.HasDigit) return false;
        if (last.Text.Length >= 5 && last.Text.EndsWith("ed", StringComparison.Ordinal)) return true;
        var text = Source.Passage.Text;
        if (end >= Tokens.Count || !Determiners.Contains(Tokens[end].Norm)) return false;
        for (var c = last.Span.End; c < Tokens[end].Span.Start; c++)
            if (text[c] != ' ') return false;
        return true;
    }

    /// <summary>Prepositions that say where: "in Accra", "near the frontier", "to Palenque".</summary>
    private static readonly HashSet<string> Locatives = new(StringComparer.Ordinal)
        { "in", "at", "near", "from", "to", "into", "across", "outside", "inside", "within", "throughout", "toward", "towards", "around", "between" };

    /// <summary>Whether the token at <paramref name="first"/> follows, inside <paramref name="sentence"/>, a preposition of place (an article allowed between).</summary>
    public bool AfterLocative(int first, TextSpan sentence) => WordBefore(first, sentence) is var k and >= 0 && Locatives.Contains(Tokens[k].Norm);

    /// <summary>The index of the word before the token at <paramref name="first"/>, an article skipped, when it stands in <paramref name="sentence"/>; else -1.</summary>
    private int WordBefore(int first, TextSpan sentence)
    {
        var k = first - 1;
        if (k >= 0 && k < Tokens.Count && Tokens[k].Norm is "the" or "a" or "an") k--;
        return InSentence(k, sentence) ? k : -1;
    }

    private bool InSentence(int i, TextSpan sentence) => i >= 0 && i < Tokens.Count && Tokens[i].Span.Start >= sentence.Start;

    /// <summary>Words after which a passage gives something's name: "called Scotty", "nicknamed", "a ship named …".</summary>
    private static readonly HashSet<string> NamingCues = new(StringComparer.Ordinal)
        { "called", "named", "nicknamed", "dubbed", "titled", "entitled", "termed", "renamed" };

    /// <summary>Words that give a name with "as" after them: "known as the Roverettes", "designated as".</summary>
    private static readonly HashSet<string> AsCues = new(StringComparer.Ordinal) { "known", "designated", "billed", "nicknamed" };

    /// <summary>
    /// Whether the token at <paramref name="first"/> follows, inside <paramref name="sentence"/>, words that give a name:
    /// "called", "named", "known as", "referred to as", an article allowed between ("known as the Roverettes").
    /// </summary>
    public bool AfterNamingCue(int first, TextSpan sentence)
    {
        var k = WordBefore(first, sentence);
        if (k < 0) return false;
        if (NamingCues.Contains(Tokens[k].Norm)) return true;
        if (Tokens[k].Norm != "as" || !InSentence(k - 1, sentence)) return false;
        return AsCues.Contains(Tokens[k - 1].Norm) || (Tokens[k - 1].Norm == "to" && InSentence(k - 2, sentence) && Tokens[k - 2].Norm == "referred");
    }

    /// <summary>
    /// The tokens of the text in <paramref name="span"/>, as tokenizing that text alone gives them (spans aside, which
    /// stay the passage's): the passage's own tokens when no word runs across the span's ends, else the text tokenized
    /// afresh. Candidates ask this of every span they propose, so the common case builds no word twice.
    /// </summary>
    public List<Token> TokensOf(TextSpan span)
    {
        var (first, end) = TokensIn(span);
        var cutAtStart = first > 0 && Tokens[first - 1].Span.End > span.Start;
        var cutAtEnd = end < Tokens.Count && Tokens[end].Span.Start < span.End;
        return cutAtStart || cutAtEnd ? TextTokenizer.Tokenize(span.Of(Source.Passage.Text)) : Tokens.GetRange(first, end - first);
    }

    /// <summary>Indexes into <see cref="Tokens"/> of the tokens that lie wholly inside <paramref name="range"/>: from First up to End.</summary>
    public (int First, int End) TokensIn(TextSpan range)
    {
        var first = FirstStartingAt(range.Start);
        return (first, Math.Max(first, FirstToken(range.End, byEnd: true)));
    }

    /// <summary>Index of the first token that starts at <paramref name="position"/> or later; the token count when none does.</summary>
    public int FirstStartingAt(int position) => FirstToken(position, byEnd: false);

    /// <summary>
    /// Index of the first token that ends after <paramref name="position"/> (<paramref name="byEnd"/>) or starts at it
    /// or later; the token count when none does. A binary search: tokens are in text order and do not overlap, so
    /// their starts and ends both only grow, and candidates ask this of a passage's tokens many times.
    /// </summary>
    private int FirstToken(int position, bool byEnd)
    {
        var (low, high) = (0, Tokens.Count);
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            var span = Tokens[middle].Span;
            if (byEnd ? span.End > position : span.Start >= position) high = middle;
            else low = middle + 1;
        }
        return low;
    }

    /// <summary>Lower case with runs of non-letters folded to one space, for phrase matching.</summary>
    internal static string Fold(string text) =>
        string.Join(' ', TextTokenizer.Tokenize(text).Select(t => t.Text.ToLowerInvariant()));
}
