using System.Text.Json;
using QaSearch.Core.Corpus;

namespace QaSearch.Core.Evaluation;

/// <summary>
/// Reads the evaluation-set formats: <c>questions.txt</c> with <c>reference_answers.txt</c> beside it (line by line),
/// a <c>Category,Question,Answer</c> CSV, a JSON array of <c>{context, question, answer}</c>, and SQuAD v1.1 JSON
/// (<c>{"data": [{"paragraphs": [{"context", "qas"}]}]}</c>); the last two carry the context for reading.
/// </summary>
public static class QuestionSetReader
{
    /// <summary>Reads a set, choosing the format by extension.</summary>
    /// <param name="path">The questions file.</param>
    /// <param name="references">For <c>.txt</c>: the references file (default: <c>reference_answers.txt</c> beside it).</param>
    /// <exception cref="InvalidDataException">The file is not in a known layout; the message names the file and the problem.</exception>
    public static IReadOnlyList<EvalQuestion> Read(string path, string? references = null)
    {
        try
        {
            return Path.GetExtension(path).ToLowerInvariant() switch
            {
                ".csv" => ReadCsv(path),
                ".json" => ReadJsonArray(path),
                _ => ReadLines(path, references ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, "reference_answers.txt")),
            };
        }
        catch (Exception e) when (e is JsonException or CorpusFormatException or KeyNotFoundException or InvalidOperationException)
        {
            throw new InvalidDataException($"{path}: {e.Message}", e);
        }
    }

    private static List<EvalQuestion> ReadLines(string path, string referencesPath)
    {
        if (!File.Exists(referencesPath))
            throw new InvalidDataException($"{path}: no references; expected {referencesPath} (or pass --references)");
        var questions = File.ReadAllLines(path);
        var answers = File.ReadAllLines(referencesPath);
        if (questions.Length != answers.Length)
            throw new InvalidDataException($"{path} has {questions.Length} lines but {referencesPath} has {answers.Length}; they must align line by line");
        return questions.Select((q, i) => new EvalQuestion((i + 1).ToString(), q.Trim(), answers[i].Trim(), "", null))
            .Where(q => q.Question.Length > 0).ToList();
    }

    private static List<EvalQuestion> ReadCsv(string path)
    {
        var rows = DelimitedReader.Parse(TextDecoding.Decode(File.ReadAllBytes(path)), ',');
        if (rows.Count == 0) throw new InvalidDataException($"{path}: empty CSV");
        var header = rows[0].Select(h => h.Trim().ToLowerInvariant()).ToList();
        int Column(string name) => header.IndexOf(name) is var i and >= 0 ? i : throw new InvalidDataException($"{path}: no '{name}' column in the header");
        var (category, question, answer) = (header.IndexOf("category"), Column("question"), Column("answer"));
        return rows.Skip(1).Select((row, i) => new EvalQuestion(
            (i + 1).ToString(), row[question].Trim(), row.ElementAtOrDefault(answer)?.Trim() ?? "",
            category >= 0 ? row[category].Trim() : "", null)).Where(q => q.Question.Length > 0).ToList();
    }

    private static List<EvalQuestion> ReadJsonArray(string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        if (json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty("data", out var data))
            return ReadSquad(data);
        return json.RootElement.EnumerateArray().Select((item, i) => new EvalQuestion(
            (i + 1).ToString(),
            item.GetProperty("question").GetString() ?? "",
            item.GetProperty("answer").GetString() ?? "",
            "",
            item.TryGetProperty("context", out var context) ? context.GetString() : null)).ToList();
    }

    /// <summary>SQuAD's own layout: data → paragraphs → {context, qas: [{id, question, answers: [{text}]}]}; every gold answer is an alternate.</summary>
    private static List<EvalQuestion> ReadSquad(JsonElement data) =>
        data.EnumerateArray()
            .SelectMany(article => article.GetProperty("paragraphs").EnumerateArray())
            .SelectMany(paragraph => paragraph.GetProperty("qas").EnumerateArray().Select(qa => new EvalQuestion(
                qa.TryGetProperty("id", out var id) ? id.GetString() ?? "" : "",
                qa.GetProperty("question").GetString() ?? "",
                string.Join(";", qa.GetProperty("answers").EnumerateArray().Select(a => a.GetProperty("text").GetString()).Where(t => !string.IsNullOrEmpty(t)).Distinct()),
                "",
                paragraph.GetProperty("context").GetString())))
            .ToList();
}
