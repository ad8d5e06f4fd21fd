using QaSearch.Core.Extraction;
using QaSearch.Core.Retrieval;

namespace QaSearch.Core.Tests.Extraction;

public sealed class PassageReadingTests
{
    private const string BridgeText = "The Quill Bridge opened in 1868.  It spans 120 m; O'Hara's crew (11-711) built it.\nSee a@b.edu.";

    /// <summary>A reading of <see cref="BridgeText"/> for a question about the bridge: words, numbers, codes and an e-mail to cut spans across.</summary>
    private static PassageReading BridgeReading()
    {
        var passage = new RetrievedPassage(new Passage("p#0", "p", "/p.txt", "", BridgeText, 0, BridgeText.Length, 0), 1, 0);
        var question = QuestionAnalyzer.Analyze("When did the Quill Bridge open?");
        return new PassageReading(passage, question, new Dictionary<string, double> { ["bridge"] = 1 }, TextTokenizer.Tokenize(BridgeText), acronymHits: null);
    }

    [Fact]
    public void The_tokens_inside_a_range_are_those_a_scan_of_every_token_finds()
    {
        var reading = BridgeReading();

        for (var start = 0; start <= BridgeText.Length; start++)
        for (var end = start; end <= BridgeText.Length; end++)
        {
            var range = new TextSpan(start, end);
            var scanned = reading.Tokens.Select((t, i) => (t, i)).Where(x => range.Contains(x.t.Span)).Select(x => x.i).ToList();

            var (first, stop) = reading.TokensIn(range);

            Assert.Equal(scanned, Enumerable.Range(first, stop - first));
        }
    }

    [Fact]
    public void The_tokens_of_any_span_are_those_of_its_text_tokenized_alone()
    {
        var reading = BridgeReading();

        for (var start = 0; start <= BridgeText.Length; start++)
        for (var end = start; end <= BridgeText.Length; end++)
        {
            var span = new TextSpan(start, end);

            var tokens = reading.TokensOf(span);

            Assert.Equal(TextTokenizer.Tokenize(span.Of(BridgeText)).Select(t => (t.Text, t.Norm)), tokens.Select(t => (t.Text, t.Norm)));
        }
    }

    [Fact]
    public void A_key_term_inflected_otherwise_in_the_passage_is_a_hit()
    {
        const string text = "The Rovers opened Gull Stadium in 1970.";
        var passage = new RetrievedPassage(new Passage("p#0", "p", "/p.txt", "", text, 0, text.Length, 0), 1, 0);
        var question = QuestionAnalyzer.Analyze("When did the Rovers open Gull Stadium?");
        var weights = question.KeyTerms.Distinct().ToDictionary(t => t, _ => 1.0);

        var reading = new PassageReading(passage, question, weights, TextTokenizer.Tokenize(text), acronymHits: null);

        Assert.Contains(reading.KeyHits, i => reading.Tokens[i].Text == "opened");
        Assert.Equal(1.0, reading.Overlap(new TextSpan(0, text.Length)), 3);
    }

    [Theory]
    [InlineData("Who is the director of the MSAII program?", "The director of the MS AII program is Ada Byron.")]
    [InlineData("Who is the director of the MSAII program?", "The director of the MS-AII program is Ada Byron.")]
    [InlineData("Who is the director of the MS AII program?", "The director of the MSAII program is Ada Byron.")]
    [InlineData("Who is the director of the MS-AII program?", "The director of the MS AII program is Ada Byron.")]
    [InlineData("Who is the instructor of CS 101?", "The instructor of CS101 is Ada Byron.")]
    public void An_acronym_written_whole_or_in_parts_is_one_key_term(string asked, string text)
    {
        var passage = new RetrievedPassage(new Passage("p#0", "p", "/p.txt", "", text, 0, text.Length, 0), 1, 0);
        var question = QuestionAnalyzer.Analyze(asked);
        var tokens = TextTokenizer.Tokenize(text);

        var hits = Acronyms.Hits(question, text, tokens);
        var weights = WeightsAmong(question, passage, tokens, hits);
        var reading = new PassageReading(passage, question, weights, tokens, hits);

        Assert.Equal(1, reading.PassageOverlap, 6);
        Assert.All(weights.Values, w => Assert.Equal(Math.Log(1 + 2 / 1.5), w, 6));
    }

    [Fact]
    public void Acronyms_apart_or_in_lower_case_are_not_joined()
    {
        const string text = "The MS, AII and Ms Aii programs are directed by Ada Byron, and MS\nAII.";
        var passage = new RetrievedPassage(new Passage("p#0", "p", "/p.txt", "", text, 0, text.Length, 0), 1, 0);
        var question = QuestionAnalyzer.Analyze("Who directs the MSAII program?");
        var tokens = TextTokenizer.Tokenize(text);

        var hits = Acronyms.Hits(question, text, tokens);
        var reading = new PassageReading(passage, question, WeightsAmong(question, passage, tokens, hits), tokens, hits);

        Assert.DoesNotContain(reading.KeyHits, i => reading.Tokens[i].Text.Equals("ms", StringComparison.OrdinalIgnoreCase) || reading.Tokens[i].Text.Equals("aii", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The key-term weights when <paramref name="passage"/> is the only one retrieved.</summary>
    private static Dictionary<string, double> WeightsAmong(QuestionAnalysis question, RetrievedPassage passage, List<Token> tokens,
        IReadOnlyDictionary<int, IReadOnlyList<string>>? hits) =>
        PassageReading.KeyTermWeights(question, [PassageReading.KeyTermsIn(new KeyTermMatcher(question.KeyTerms.Distinct()), passage, tokens, hits)]);
}
