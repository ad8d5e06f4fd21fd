using System.Text.Json;
using QaSearch.Core.Corpus;

namespace QaSearch.Cli;

/// <summary>
/// Questions to answer in a batch, in input order: question files (id = file name), <c>.txt</c> with one question a
/// line (id = line number) and <c>.jsonl</c> with <c>{"id"?, "question"}</c> a line (id = its id, else the line number).
/// </summary>
internal static class QuestionInputs
{
    /// <exception cref="InvalidDataException">A file is unreadable or a JSON line is bad; the message names file and line.</exception>
    public static List<(string Id, string Question)> Read(IEnumerable<string> paths)
    {
        var missing = new List<string>();
        var files = CorpusPaths.Expand(paths, missing);
        if (missing.Count > 0)
            throw new FileNotFoundException($"no such question file: {string.Join(", ", missing)}");
        return files.SelectMany(ReadFile).ToList();
    }

    private static IEnumerable<(string Id, string Question)> ReadFile(CorpusFile file)
    {
        string text;
        try
        {
            text = TextDecoding.Decode(File.ReadAllBytes(file.FullPath));
        }
        catch (CorpusFormatException e)
        {
            throw new InvalidDataException($"{file.FullPath}: {e.Message}", e);
        }
        if (QuestionFile.TryParse(text, out var questionFile))
            return [(Path.GetFileName(file.FullPath), questionFile.Question)];
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        if (file.Extension is ".jsonl" or ".ndjson")
            return lines.Select((line, i) => (line, i)).Where(x => x.line.Trim().Length > 0).Select(x => FromJson(file, x.line, x.i + 1)).ToList();
        return lines.Select((line, i) => ((i + 1).ToString(), line.Trim())).Where(x => x.Item2.Length > 0).ToList();
    }

    private static (string Id, string Question) FromJson(CorpusFile file, string line, int number)
    {
        try
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var question = root.GetProperty("question").GetString() ?? "";
            var id = root.TryGetProperty("id", out var idElement)
                ? idElement.ValueKind == JsonValueKind.String ? idElement.GetString()! : idElement.GetRawText()
                : number.ToString();
            return (id, question);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new InvalidDataException($"{file.FullPath}:{number}: expected {{\"id\"?, \"question\"}} ({e.Message})", e);
        }
    }
}
