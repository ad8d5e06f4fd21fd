using QaSearch.Core.Corpus;

namespace QaSearch.Core.Extraction;

/// <summary>
/// Answers a question that a question-and-answer pair among the passages already asks: an FAQ entry ("Q: Do I have
/// to memorize music?" then "A: No, the music changes for every show."), a row of a Question,Answer table. The pair's
/// question must ask for the same kind of answer (who, when, yes or no …); its key terms must be the question's
/// (or words that ask for them: "instructors" for "taught"); and the question's key terms must be the pair's or stand
/// in the pair's passage (an FAQ page's heading names what its questions are about). The pair's answer then answers
/// it: "Yes" or "No" by its first word for a yes/no question, or its whole value when that is short. Otherwise there
/// is no such answer, and spans are extracted as usual. Thread-safe.
/// </summary>
internal static class QuestionAnswerPairs
{
    /// <summary>
    /// The least share of the pair's key terms that the question asks, and of the question's key terms that the pair
    /// or its passage holds: "Do students in the band have to memorize music?" and "Do I have to memorize music?" on a
    /// page about the band share 2 of 2 and 4 of 5.
    /// </summary>
    public const double MinShare = 0.6;

    /// <summary>An answer longer than this is a passage to read, not a value to give whole.</summary>
    private const int MaxAnswerWords = 10;

    /// <summary>
    /// The answer of the pair that asks <paramref name="analysis"/>'s question best, or null when no pair asks it, or
    /// when its confidence is below <paramref name="threshold"/>.
    /// </summary>
    public static Answer? Answer(QuestionAnalysis analysis, IReadOnlyList<PassageReading> readings, double threshold)
    {
        if (analysis.KeyTerms.Count == 0) return null;
        (PassageReading Reading, FieldLine Asked, FieldLine Answered, double Similarity)? best = null;
        var asked = analysis.KeyTerms.Distinct().ToList();
        foreach (var reading in readings)
        {
            var passageText = reading.Source.Passage.Text;
            var fields = reading.Fields;
            // The question's key terms that stand anywhere in the passage or its title.
            var inPassage = reading.KeyHits.Select(i => reading.Tokens[i].Norm)
                .Concat(TextTokenizer.Tokenize(reading.Source.Passage.Title).Select(t => t.Norm)).Where(asked.Contains).ToHashSet(StringComparer.Ordinal);
            for (var i = 1; i < fields.Count; i++)
            {
                var (question, answer) = (fields[i - 1], fields[i]);
                if (!IsPair(passageText, question, answer, analysis.Lexicon)) continue;
                var pairQuestion = QuestionAnalyzer.Analyze(question.Value.Of(passageText), analysis.Lexicon);
                if (pairQuestion.Type != analysis.Type) continue;
                var pairTerms = pairQuestion.KeyTerms.Distinct().ToList();
                if (pairTerms.Count == 0) continue;
                // A pair term the question asks: the same word, or a word whose cues the question holds ("instructor" ← "taught").
                var matched = pairTerms.Where(p => asked.Contains(p) || analysis.Lexicon.FieldCues.GetValueOrDefault(p, []).Any(asked.Contains)).ToList();
                var precision = matched.Count / (double)pairTerms.Count;
                var covered = asked.Count(a => pairTerms.Contains(a) || inPassage.Contains(a) ||
                                               matched.Any(p => analysis.Lexicon.FieldCues.GetValueOrDefault(p, []).Contains(a)));
                var recall = covered / (double)asked.Count;
                if (precision < MinShare || recall < MinShare) continue;
                var similarity = 2 * precision * recall / (precision + recall);
                if (best is null || similarity > best.Value.Similarity) best = (reading, question, answer, similarity);
            }
        }
        if (best is not var (chosen, pairQuestionLine, pairAnswerLine, score) || AnswerExtractor.UnfittedConfidence(score) < threshold) return null;

        var passage = chosen.Source.Passage;
        var value = pairAnswerLine.Value; // trimmed by FieldLine.Find
        var words = TextTokenizer.Tokenize(passage.Text, value);
        if (words.Count == 0) return null;
        var (text, span) = analysis.Type == AnswerType.YesNo
            ? words[0].Norm switch
            {
                "yes" => ("Yes", words[0].Span),
                "no" => ("No", words[0].Span),
                _ => (null, default(TextSpan)),
            }
            : words.Count <= MaxAnswerWords ? (value.Of(passage.Text), value) : (null, default);
        if (text is null) return null;
        // The evidence is the pair, question and answer; the span stands in it.
        var pair = new TextSpan(pairQuestionLine.Line.Start, pairAnswerLine.Line.End);
        var evidence = new AnswerEvidence(pair.Of(passage.Text), span.Shift(-pair.Start));
        var source = new AnswerSource(passage.Path, passage.DocId, passage.Start + span.Start, passage.Start + span.End);
        // How well the two questions match (the harmonic mean of the two shares): no training question holds such pairs.
        return new Answer(analysis.Question, text, Math.Round(AnswerExtractor.UnfittedConfidence(score), 4), source, passage, evidence, []);
    }

    /// <summary>Whether <paramref name="asked"/> and the next field line, <paramref name="answered"/>, are a question and its answer.</summary>
    private static bool IsPair(string text, FieldLine asked, FieldLine answered, Lexicon lexicon) =>
        lexicon.AnswerKeys.Contains(TextTokenizer.Normalize(answered.Key)) &&
        lexicon.QuestionKeys.Contains(TextTokenizer.Normalize(asked.Key)) &&
        text.AsSpan(asked.Line.End, answered.Line.Start - asked.Line.End).IsWhiteSpace();
}
