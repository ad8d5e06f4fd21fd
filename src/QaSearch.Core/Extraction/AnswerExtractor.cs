using System.Runtime.InteropServices;
using QaSearch.Core.Corpus;
using QaSearch.Core.Retrieval;

namespace QaSearch.Core.Extraction;

/// <summary>
/// Picks the answer span out of retrieved passages: analyse the question, propose candidates in every passage,
/// score each by its features, merge candidates that say the same thing, and keep the best, or none when its
/// confidence is below the threshold. A question-and-answer pair of the passages that asks the same question
/// (<see cref="QuestionAnswerPairs"/>) answers it first. Immutable and thread-safe.
/// </summary>
public sealed class AnswerExtractor
{
    private static readonly HashSet<string> Negations = new(StringComparer.Ordinal) { "not", "no", "never", "none", "n't", "cannot", "without" };
    private readonly ExtractorOptions _options;

    public AnswerExtractor(ExtractorOptions? options = null)
    {
        _options = options ?? new ExtractorOptions();
        _options.Validate();
    }

    /// <summary>The word lists questions are read with.</summary>
    public Lexicon Lexicon => _options.Lexicon;

    /// <summary>Below this confidence the answer is null.</summary>
    public double MinConfidence => _options.MinConfidence;

    /// <summary>The answer to <paramref name="question"/> from <paramref name="passages"/> (best first).</summary>
    /// <param name="question">The question, in plain English.</param>
    /// <param name="passages">The passages to read, best first.</param>
    /// <param name="minConfidence">Overrides the threshold of the options for this call.</param>
    /// <param name="read">
    /// How many of <paramref name="passages"/> to read (default: all): those that hold the most of the question's key
    /// terms, weighed by how rare each is among them, with their retrieval score (<see cref="Closest"/>).
    /// </param>
    public Answer Extract(string question, IReadOnlyList<RetrievedPassage> passages, double? minConfidence = null, int? read = null) =>
        Run(question, passages, minConfidence, read, keepCandidates: false).Answer;

    /// <summary>
    /// The answer and every candidate proposed for it, with its features (in <see cref="CandidateFeatures.Names"/>
    /// order), from one pass: for training the weights and for evaluation (could any candidate have been right?).
    /// Candidates are listed for yes/no questions too, though their answer is read differently.
    /// </summary>
    public ExtractionTrace Trace(string question, IReadOnlyList<RetrievedPassage> passages, double? minConfidence = null, int? read = null) =>
        Run(question, passages, minConfidence, read, keepCandidates: true);

    private ExtractionTrace Run(string question, IReadOnlyList<RetrievedPassage> passages, double? minConfidence, int? read, bool keepCandidates)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(passages);
        if (read is { } count) ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        var tokens = passages.Select(p => TextTokenizer.Tokenize(p.Passage.Text)).ToList();
        var asked = QuestionAnalyzer.Analyze(question, _options.Lexicon);
        // A word no passage holds but that is a slip of one they write is read as they write it ("recieved").
        var readAs = PassageSpelling.Correct(question, asked, tokens);
        var analysis = ReferenceEquals(readAs, question) ? asked : QuestionAnalyzer.Analyze(readAs, _options.Lexicon);
        var readings = Read(analysis, passages, tokens, read ?? passages.Count);
        var threshold = minConfidence ?? _options.MinConfidence;
        var isYesNo = analysis.Type == AnswerType.YesNo;
        // A question-and-answer pair that asks the same question answers it, and a choice question its option that
        // the best sentence states; else the spans are scored.
        var paired = QuestionAnswerPairs.Answer(analysis, readings, threshold) ?? AnswerChoice(analysis, readings, threshold);
        var scored = (isYesNo || paired is not null) && !keepCandidates ? [] : ScoreAll(analysis, readings);
        var answer = paired ?? (isYesNo ? AnswerYesNo(analysis, readings, threshold) : AnswerSpan(analysis, readings, scored, threshold));
        if (!ReferenceEquals(readAs, question)) answer = answer with { Question = question, ReadAs = readAs };
        // "Does it have one, and if so, what is it called?": a yes is followed by the answer to the follow-up.
        if (paired is null && isYesNo && answer.Text == "Yes" && CompoundQuestion.FollowUp(readAs) is { } followUp)
        {
            var then = Run(followUp, passages, minConfidence, read, keepCandidates);
            if (then.Answer.Text is { } named)
                return then with { Answer = then.Answer with { Question = question, Text = "Yes, " + named, Score = Math.Min(answer.Score, then.Answer.Score), ReadAs = answer.ReadAs } };
        }
        return new ExtractionTrace(answer, keepCandidates ? scored.Select(c => (c.Candidate, c.Features)).ToList() : []);
    }

    private static List<PassageReading> Read(QuestionAnalysis analysis, IReadOnlyList<RetrievedPassage> passages, List<List<Token>> tokens, int read)
    {
        var keyTerms = new KeyTermMatcher(analysis.KeyTerms.Distinct());
        var looked = passages.Select((p, i) =>
        {
            var acronymHits = Acronyms.Hits(analysis, p.Passage.Text, tokens[i]);
            return new LookedAt(p, tokens[i], acronymHits, PassageReading.KeyTermsIn(keyTerms, p, tokens[i], acronymHits));
        }).ToList();
        if (read < looked.Count) looked = Closest(analysis, looked, read);
        var weights = PassageReading.KeyTermWeights(analysis, looked.Select(l => l.KeyTerms).ToList());
        var common = PassageReading.LowerCaseWords(looked.SelectMany(l => l.Tokens));
        return looked.Select(l => new PassageReading(l.Passage, analysis, weights, l.Tokens, l.AcronymHits) { CommonWords = common }).ToList();
    }

    /// <summary>A retrieved passage as first looked at: its words, its acronym hits and the key terms it holds.</summary>
    private sealed record LookedAt(RetrievedPassage Passage, List<Token> Tokens, IReadOnlyDictionary<int, IReadOnlyList<string>>? AcronymHits, IReadOnlySet<string> KeyTerms);

    /// <summary>How much holding the question's key terms counts against the retrieval score (divided by the best) in <see cref="Closest"/>.</summary>
    private const double CoverageWeight = 0.5;

    /// <summary>
    /// The <paramref name="read"/> passages to read out of those retrieved: ranked by their retrieval score (divided by
    /// the best) plus half the share of the question's key terms they hold, each term weighed by how rare it is among
    /// them (<see cref="PassageReading.KeyTermWeights"/>). BM25
    /// lets one rare word, repeated, outrank a passage that says all of what is asked; this brings the latter back
    /// among those read. Their ranks are renumbered in the new order.
    /// </summary>
    private static List<LookedAt> Closest(QuestionAnalysis analysis, List<LookedAt> looked, int read)
    {
        var weights = PassageReading.KeyTermWeights(analysis, looked.Select(l => l.KeyTerms).ToList());
        var total = weights.Values.Sum();
        var top = looked.Max(l => l.Passage.Score);
        return looked
            .Select((l, i) => (Looked: l, Index: i, Score: (top > 0 ? l.Passage.Score / top : 0) +
                CoverageWeight * (total > 0 ? l.KeyTerms.Sum(t => weights[t]) / total : 0)))
            .OrderByDescending(x => x.Score)
            .ThenBy(x => x.Index)
            .Take(read)
            .Select((x, rank) => x.Looked with { Passage = x.Looked.Passage with { Rank = rank } })
            .ToList();
    }

    private Answer AnswerSpan(QuestionAnalysis analysis, List<PassageReading> readings, List<ScoredSpan> all, double threshold)
    {
        // Candidates with the same normalised text are one answer, scored at their best.
        var scored = all
            .GroupBy(s => s.Key)
            .Select(g => g.MaxBy(s => s.Score)!)
            .OrderByDescending(s => s.Score)
            .ThenBy(s => s.Candidate.Source.Passage.Id, StringComparer.Ordinal)
            .ThenBy(s => s.Candidate.Span.Start)
            .ToList();
        if (scored.Count == 0)
            return new Answer(analysis.Question, null, 0, null, readings.FirstOrDefault()?.Source.Passage, null, []);

        var best = scored[0];
        // How sure of the candidate at i, as if it were chosen: its score, and how far it leads the best of the others.
        double ConfidenceAt(int i) => _options.Scorer.Confidence(scored[i].Score,
            ScoringWeights.Lead(scored[i].Score, i > 0 ? scored[0].Score : scored.Count > 1 ? scored[1].Score : null));
        var confidence = ConfidenceAt(0);
        var explained = scored.Take(_options.KeepCandidates).Select((s, i) => new ScoredCandidate(
            s.Candidate.Text, Math.Round(ConfidenceAt(i), 4),
            s.Candidate.Source.Passage.Id,
            CandidateFeatures.Names.Zip(s.Features).ToDictionary(p => p.First, p => Math.Round(p.Second, 4)))).ToList();
        var passage = best.Candidate.Source.Passage;
        // "MCDS" is answered with what it stands for when the passage writes it alongside, unless the initials are asked.
        var span = analysis.AsksForAbbreviation ? best.Candidate.Span : Acronyms.WithExpansion(passage.Text, best.Candidate.Span);
        var evidence = Evidence(passage.Text, best.Candidate.Sentence, span);
        if (confidence < threshold)
            return new Answer(analysis.Question, null, confidence, null, passage, evidence, explained);
        var source = new AnswerSource(passage.Path, passage.DocId, passage.Start + span.Start, passage.Start + span.End);
        return new Answer(analysis.Question, span.Of(passage.Text), confidence, source, passage, evidence, explained);
    }

    /// <summary>
    /// Whether a candidate's recognised type cannot answer the question (<see cref="CandidateFeatures.RulesOut"/>):
    /// "2–3 p.m." under an event's heading is when it is, not where. A field's value is kept: its key says what it is.
    /// </summary>
    private static bool RuledOutByType(AnswerCandidate candidate, QuestionAnalysis question) =>
        candidate.Kind != CandidateKind.Field && CandidateFeatures.RulesOut(question, candidate.Type);

    /// <summary>Every candidate with its features, its score and its normalised text (the key that merges candidates saying the same).</summary>
    private List<ScoredSpan> ScoreAll(QuestionAnalysis analysis, List<PassageReading> readings)
    {
        var topScore = readings.Count == 0 ? 0 : readings.Max(r => r.Source.Score);
        // A span made only of the question's own words names what is asked about, not the answer; a field's value
        // is the exception ("Which department offers … Mechanical Engineering?" is answered by its Department field),
        // unless it is exactly a title the question quotes ("Course Name: Large Language Models Methods and Application"
        // for "Who taught "Large Language Models Methods and Application"?"), and one that asks for a value, which
        // words without a digit do not give: "How much are tickets for The Little Mermaid?" is not answered by "Show:
        // The Little Mermaid" (a year the question's title holds may still be the paper's year).
        var quoted = analysis.Phrases.Count == 0 ? null : analysis.Phrases.Select(KeyOf).ToHashSet(StringComparer.Ordinal);
        var asksForValue = CandidateGenerator.IsRecognizable(analysis.Type);
        var candidates = readings.SelectMany(r => CandidateGenerator.Generate(r, analysis).Select(c => (Candidate: c, Reading: r, Tokens: r.TokensOf(c.Span))))
            .Where(c => MayRepeatTheQuestion(c.Candidate, c.Tokens, asksForValue) || !OnlyQuestionWords(c.Tokens, analysis))
            .Where(c => !RuledOutByType(c.Candidate, analysis))
            .Select(c => new Proposed(c.Candidate, c.Reading, c.Tokens, KeyOf(c.Tokens), c.Reading.Overlap(c.Candidate.Context)))
            .Where(c => quoted is null || !quoted.Contains(c.Key))
            .ToList();
        candidates = NamedRecordsFirst(analysis, OwnersRecordsFirst(analysis, candidates));
        // Redundancy: how many passages propose the same normalised text. Candidates come passage by passage, so a
        // passage is new to a text when it is not the last one that proposed it.
        var support = new Dictionary<string, (string? Last, int Passages)>(candidates.Count, StringComparer.Ordinal);
        foreach (var c in candidates)
        {
            var id = c.Candidate.Source.Passage.Id;
            ref var seen = ref CollectionsMarshal.GetValueRefOrAddDefault(support, c.Key, out _);
            if (!string.Equals(seen.Last, id, StringComparison.Ordinal)) seen = (id, seen.Passages + 1);
        }
        var bestOverlap = candidates.Count == 0 ? 0 : candidates.Max(c => c.Overlap);
        var scored = new List<ScoredSpan>(candidates.Count);
        foreach (var c in candidates)
        {
            var context = new CandidateContext(c.Tokens, c.Overlap, bestOverlap, topScore, support[c.Key].Passages);
            var features = CandidateFeatures.Compute(c.Candidate, c.Reading, analysis, context);
            scored.Add(new ScoredSpan(c.Candidate, features, _options.Scorer.Score(features), c.Key));
        }
        return scored;
    }

    /// <summary>
    /// "What is Tomas Wren's title?", "the author citation count of Ada Lind?": when a record whose own name is the
    /// question's owner ("Name: Tomas Wren") has a field the question asks for, that field answers, and only such
    /// fields stay candidates. A paper that lists him among its authors, or a number on a line about him ("id:
    /// 143900005"), is about something else.
    /// </summary>
    private static List<Proposed> OwnersRecordsFirst(QuestionAnalysis analysis, List<Proposed> candidates)
    {
        if (analysis.Owner is not { } owner) return candidates;
        bool NamesOwner(AnswerCandidate c, PassageReading r) => r.Fields.Any(f => c.Context.Contains(f.Line) &&
            string.Equals(f.Value.Of(r.Source.Passage.Text).Trim(), owner, StringComparison.OrdinalIgnoreCase));
        return AnsweringFieldsOf(candidates, c => NamesOwner(c.Candidate, c.Reading));
    }

    /// <summary>
    /// "At what venue was the paper called Harbour Charts of the North published?": a record holding a value of three
    /// words or more that the question writes whole (its title) is the record asked about. When it has a field the
    /// question asks for, that field answers, and only such fields stay candidates: the venue of another paper on
    /// charts is about something else.
    /// </summary>
    private static List<Proposed> NamedRecordsFirst(QuestionAnalysis analysis, List<Proposed> candidates)
    {
        List<string>? asked = null;
        var named = new Dictionary<PassageReading, List<TextSpan>>();
        return AnsweringFieldsOf(candidates, c => NamedIn(c.Reading).Any(record => record.Contains(c.Candidate.Span)));

        // Read only for a passage that proposes a field answering the question.
        List<TextSpan> NamedIn(PassageReading reading)
        {
            if (named.TryGetValue(reading, out var records)) return records;
            asked ??= TextTokenizer.Tokenize(analysis.Question).Select(t => t.Norm).ToList();
            var text = reading.Source.Passage.Text;
            records = reading.Fields.Where(f => WritesWhole(asked, TextTokenizer.Tokenize(f.Value.Of(text)))).Select(f => reading.RecordOf(f.Line)).ToList();
            named[reading] = records;
            return records;
        }
    }

    /// <summary>How well a field must answer the question (<see cref="AnswerCandidate.FieldMatch"/>) to speak for the record it stands in.</summary>
    private const double AnsweringField = 0.8;

    /// <summary>
    /// The field candidates that answer the question and stand in a record <paramref name="askedAbout"/> picks out;
    /// all the candidates when there are none.
    /// </summary>
    private static List<Proposed> AnsweringFieldsOf(List<Proposed> candidates, Func<Proposed, bool> askedAbout)
    {
        var chosen = candidates.Where(c => c.Candidate.Kind == CandidateKind.Field && c.Candidate.FieldMatch >= AnsweringField && askedAbout(c)).ToList();
        return chosen.Count > 0 ? chosen : candidates;
    }

    /// <summary>Whether the question's words hold <paramref name="value"/>'s words in a row, when it has three or more.</summary>
    private static bool WritesWhole(List<string> asked, List<Token> value)
    {
        if (value.Count < 3) return false;
        for (var start = 0; start + value.Count <= asked.Count; start++)
        {
            var k = 0;
            while (k < value.Count && asked[start + k] == value[k].Norm) k++;
            if (k == value.Count) return true;
        }
        return false;
    }

    /// <summary>Yes when a sentence of a top passage states most of the question's terms without a negation; else no.</summary>
    private static Answer AnswerYesNo(QuestionAnalysis analysis, List<PassageReading> readings, double threshold)
    {
        // A field that states yes or no under a key the question names ("Registration required: Yes") is the best
        // evidence; otherwise the sentence of a top passage that shares most of the question's terms.
        var best = readings
            .SelectMany(r => r.Sentences.Select(s => (Reading: r, Sentence: s, Field: (FieldLine?)null))
                .Concat(r.Fields.Select(f => (Reading: r, Sentence: f.Line, Field: (FieldLine?)f))))
            .Select(x => (x.Reading, x.Sentence, Overlap: SentenceMatch(x.Reading, x.Sentence)
                + (x.Field is { } f && IsYesNoValue(f.Value.Of(x.Reading.Source.Passage.Text)) && FieldSynonyms.Match(f.Key, analysis) > 0 ? 1 : 0)))
            .OrderByDescending(x => x.Overlap)
            .FirstOrDefault();
        if (best.Reading is null)
            return new Answer(analysis.Question, null, 0, null, null, null, []);
        var passage = best.Reading.Source.Passage;
        var sentenceText = best.Sentence.Of(passage.Text);
        var negated = TextTokenizer.Tokenize(sentenceText).Any(t => Negations.Contains(t.Norm) && !analysis.QuestionWords.Contains(t.Norm));
        var statesValue = FieldLine.Find(sentenceText).FirstOrDefault() is { } field &&
                          field.Value.Of(sentenceText).Trim().ToLowerInvariant() is var value ? value : null;
        var yes = statesValue switch
        {
            "yes" or "true" or "required" => true,
            "no" or "false" or "none" or "not required" => false,
            _ => !negated && best.Overlap >= 0.5,
        };
        var confidence = UnfittedConfidence(best.Overlap);
        var evidence = new AnswerEvidence(sentenceText, new TextSpan(0, sentenceText.Length));
        var text = yes ? "Yes" : "No";
        if (confidence < threshold)
            return new Answer(analysis.Question, null, confidence, null, passage, evidence, []);
        var source = new AnswerSource(passage.Path, passage.DocId, passage.Start + best.Sentence.Start, passage.Start + best.Sentence.End);
        return new Answer(analysis.Question, text, confidence, source, passage, evidence, []);
    }

    /// <summary>
    /// "Is it private or public?": the option that the best matching sentence states (as a yes/no question's sentence
    /// is chosen), written as the sentence writes it; null when no sentence states exactly one option.
    /// </summary>
    private static Answer? AnswerChoice(QuestionAnalysis analysis, List<PassageReading> readings, double threshold)
    {
        if (analysis.Options.Count < 2) return null;
        (PassageReading Reading, TextSpan Sentence, Token Option, double Overlap)? best = null;
        foreach (var reading in readings)
            foreach (var sentence in reading.Sentences)
            {
                var (first, end) = reading.TokensIn(sentence);
                var stated = reading.Tokens.Skip(first).Take(end - first).Where(t => analysis.Options.Contains(t.Norm)).ToList();
                // A sentence that names two options ("the minority or the majority") decides nothing.
                if (stated.Count == 0 || stated.Any(t => t.Norm != stated[0].Norm)) continue;
                var overlap = SentenceMatch(reading, sentence);
                if (best is null || overlap > best.Value.Overlap) best = (reading, sentence, stated[0], overlap);
            }
        if (best is not var (chosen, chosenSentence, option, score)) return null;
        // Not fitted (no training question offers a choice to learn from): the sentence match, as for yes/no.
        var confidence = UnfittedConfidence(score);
        if (confidence < threshold) return null;
        var passage = chosen.Source.Passage;
        var source = new AnswerSource(passage.Path, passage.DocId, passage.Start + option.Span.Start, passage.Start + option.Span.End);
        return new Answer(analysis.Question, option.Text, confidence, source, passage, Evidence(passage.Text, chosenSentence, option.Span), []);
    }

    /// <summary>
    /// How well <paramref name="sentence"/> of <paramref name="reading"/> matches the question, to choose the sentence a
    /// yes/no or a choice question is read from: its key terms, the passage's, and the passage's rank.
    /// </summary>
    private static double SentenceMatch(PassageReading reading, TextSpan sentence) =>
        reading.Overlap(sentence) + 0.5 * reading.PassageOverlap - 0.02 * reading.Source.Rank;

    /// <summary>
    /// The confidence of an answer read from a sentence or a pair rather than scored (yes/no, a choice, a
    /// question-and-answer pair): its match, clamped to [0, 1], on a 0.9 scale. No training question lets it be fitted.
    /// </summary>
    internal static double UnfittedConfidence(double match) => Math.Clamp(match, 0, 1) * 0.9;

    private static bool IsYesNoValue(string value) => value.Trim().ToLowerInvariant() is "yes" or "no" or "true" or "false" or "required" or "not required" or "none";

    private static AnswerEvidence Evidence(string passageText, TextSpan sentence, TextSpan span)
    {
        var range = new TextSpan(Math.Min(sentence.Start, span.Start), Math.Max(sentence.End, span.End));
        return new AnswerEvidence(range.Of(passageText), span.Shift(-range.Start));
    }

    /// <summary>The normalised text that merges candidates saying the same: their words' norms.</summary>
    internal static string KeyOf(string text) => KeyOf(TextTokenizer.Tokenize(text));

    private static string KeyOf(List<Token> tokens)
    {
        // Most candidates are a word or two: a one-word key is the word's own norm, and no enumerator is built.
        if (tokens.Count == 1) return tokens[0].Norm;
        var length = Math.Max(0, tokens.Count - 1);
        foreach (var token in tokens) length += token.Norm.Length;
        return string.Create(length, tokens, static (chars, words) =>
        {
            var at = 0;
            for (var i = 0; i < words.Count; i++)
            {
                if (i > 0) chars[at++] = ' ';
                words[i].Norm.AsSpan().CopyTo(chars[at..]);
                at += words[i].Norm.Length;
            }
        });
    }

    /// <summary>Whether a candidate may be made only of the question's words: a field's value, unless the question asks for a value and it holds no digit.</summary>
    private static bool MayRepeatTheQuestion(AnswerCandidate candidate, List<Token> tokens, bool asksForValue) =>
        candidate.Kind == CandidateKind.Field && !(asksForValue && !tokens.Any(t => t.HasDigit));

    private static bool OnlyQuestionWords(List<Token> tokens, QuestionAnalysis analysis)
    {
        var content = false;
        foreach (var token in tokens)
        {
            if (StopWords.Contains(token.Norm)) continue;
            if (!analysis.Repeats(token.Norm)) return false;
            content = true;
        }
        return content;
    }

    /// <summary>
    /// A candidate as proposed, before it is scored: where it was read, its tokens, its normalised text and the overlap
    /// of its context with the question's key terms.
    /// </summary>
    private readonly record struct Proposed(AnswerCandidate Candidate, PassageReading Reading, List<Token> Tokens, string Key, double Overlap);

    /// <summary>A candidate with its features, score and normalised text (the key that merges candidates saying the same).</summary>
    private readonly record struct ScoredSpan(AnswerCandidate Candidate, double[] Features, double Score, string Key);
}
