using QaSearch.Core.Extraction;
using QaSearch.Core.Retrieval;

namespace QaSearch.Core.Tests.Extraction;

public sealed class PassageReadingTests
{
    [Fact]
    public void The_tokens_inside_a_range_are_those_a_scan_of_every_token_finds()
    {
        const string text = "The Quill Bridge opened in 1868.  It spans 120 m; O'Hara's crew (11-711) built it.\nSee a@b.edu.";
        var passage = new RetrievedPassage(new Passage("p#0", "p", "/p.txt", "", text, 0, text.Length, 0), 1, 0);
        var question = QuestionAnalyzer.Analyze("When did the Quill Bridge open?");
        var reading = new PassageReading(passage, question, new Dictionary<string, double> { ["bridge"] = 1 }, TextTokenizer.Tokenize(text));

        for (var start = 0; start <= text.Length; start++)
        for (var end = start; end <= text.Length; end++)
        {
            var range = new TextSpan(start, end);
            var scanned = reading.Tokens.Select((t, i) => (t, i)).Where(x => range.Contains(x.t.Span)).Select(x => x.i).ToList();

            var (first, stop) = reading.TokensIn(range);

            Assert.Equal(scanned, Enumerable.Range(first, stop - first));
        }
    }
}
