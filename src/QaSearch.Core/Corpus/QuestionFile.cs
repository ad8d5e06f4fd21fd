namespace QaSearch.Core.Corpus;

/// <summary>
/// A question file: <c>Question: …</c>, then <c>Context:</c> followed by passages, then <c>Answer:</c> (maybe empty).
/// Its context is corpus; its question is work to answer.
/// </summary>
/// <param name="Question">The question text.</param>
/// <param name="Context">The context section's text, without the <c>Context:</c> label.</param>
/// <param name="Answer">The answer given in the file, or null when it is empty.</param>
public sealed record QuestionFile(string Question, string Context, string? Answer)
{
    private const string QuestionLabel = "Question:";
    private const string ContextLabel = "Context:";
    private const string AnswerLabel = "Answer:";

    /// <summary>Parses <paramref name="text"/> when it has the question-file layout.</summary>
    public static bool TryParse(string text, out QuestionFile questionFile)
    {
        questionFile = null!;
        var trimmed = text.TrimStart();
        if (!trimmed.StartsWith(QuestionLabel, StringComparison.Ordinal))
            return false;
        var contextAt = FindLabel(trimmed, ContextLabel, 0);
        if (contextAt < 0)
            return false;
        var answerAt = FindLastLabel(trimmed, AnswerLabel, contextAt);
        var question = trimmed[QuestionLabel.Length..contextAt].Trim();
        var contextEnd = answerAt < 0 ? trimmed.Length : answerAt;
        var context = trimmed[(contextAt + ContextLabel.Length)..contextEnd].Trim();
        var answer = answerAt < 0 ? null : trimmed[(answerAt + AnswerLabel.Length)..].Trim();
        if (question.Length == 0)
            return false;
        questionFile = new QuestionFile(question, context, string.IsNullOrEmpty(answer) ? null : answer);
        return true;
    }

    /// <summary>Reads a question file from disk.</summary>
    /// <exception cref="CorpusFormatException">The file is not text or not in the question-file layout.</exception>
    public static QuestionFile Load(string path) =>
        TryParse(TextDecoding.Decode(File.ReadAllBytes(path)), out var file)
            ? file
            : throw new CorpusFormatException("not a question file: expected 'Question:' then 'Context:' lines");

    /// <summary>
    /// <paramref name="text"/> (a question file as it was read) with its <c>Answer:</c> line set to
    /// <paramref name="answer"/> (empty for no answer); everything else is kept as it was. A file without an
    /// <c>Answer:</c> line gets one at the end.
    /// </summary>
    public static string Fill(string text, string? answer)
    {
        ArgumentNullException.ThrowIfNull(text);
        var value = (answer ?? "").ReplaceLineEndings(" ").Trim();
        var context = FindLabel(text, ContextLabel, 0);
        var at = context < 0 ? -1 : FindLastLabel(text, AnswerLabel, context);
        if (at < 0) return text.TrimEnd() + "\n\n" + AnswerLabel + (value.Length > 0 ? " " + value : "") + "\n";
        var end = text.IndexOf('\n', at);
        var line = end < 0 ? text[at..] : text[at..end];
        var rest = end < 0 ? "" : text[end..];
        // The answer is the rest of the label's line; anything after it (more lines) is kept.
        return text[..at] + AnswerLabel + (value.Length > 0 ? " " + value : "") + (line.EndsWith('\r') ? "\r" : "") + rest;
    }

    /// <summary>
    /// A question file of <paramref name="question"/> with <paramref name="passages"/> as its context, one after another
    /// on their own lines (as the seed writes them), and <paramref name="answer"/> (null or empty for none).
    /// </summary>
    public static QuestionFile FromPassages(string question, IEnumerable<string> passages, string? answer = null)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(passages);
        return new QuestionFile(question.ReplaceLineEndings(" ").Trim(), string.Join("\n", passages.Select(p => p.Trim())),
            string.IsNullOrWhiteSpace(answer) ? null : answer.ReplaceLineEndings(" ").Trim());
    }

    /// <summary>The text of the question file made by <see cref="FromPassages"/>.</summary>
    public static string Compose(string question, IEnumerable<string> passages, string? answer) =>
        FromPassages(question, passages, answer).ToText();

    /// <summary>This question file as a file holds it: <c>Question:</c>, <c>Context:</c>, then <c>Answer:</c> (empty for none).</summary>
    public string ToText() =>
        $"{QuestionLabel} {Question}\n\n{ContextLabel} {Context}\n\n{AnswerLabel}" + (Answer is null ? "" : " " + Answer) + "\n";

    /// <summary>
    /// The corpus document of the file: its context (words broken at line ends joined, <see cref="TextRepair"/>), which
    /// carries the question, so that the splitter keeps the context's records whole.
    /// </summary>
    public SourceDocument ToDocument(string docId, string path, string title) =>
        new(docId, path, title, TextRepair.Repair(Context), Question: Question);

    /// <summary>
    /// The last <paramref name="label"/> at the start of a line, at or after <paramref name="from"/>: the file's own
    /// <c>Answer:</c> comes after its context, which may hold lines of its own that start so (an FAQ's "Answer: …").
    /// </summary>
    private static int FindLastLabel(string text, string label, int from)
    {
        var last = -1;
        for (var at = FindLabel(text, label, from); at >= 0; at = FindLabel(text, label, at + 1)) last = at;
        return last;
    }

    /// <summary>Finds a label at the start of a line, at or after <paramref name="from"/>.</summary>
    private static int FindLabel(string text, string label, int from)
    {
        for (var at = text.IndexOf(label, from, StringComparison.Ordinal); at >= 0; at = text.IndexOf(label, at + 1, StringComparison.Ordinal))
        {
            if (at == 0 || text[at - 1] == '\n')
                return at;
        }
        return -1;
    }
}
