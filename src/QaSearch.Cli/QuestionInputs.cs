using System.Text.Json;
using QaSearch.Core;
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

    /// <summary>A question file with its id (the file name), parsed question, text as read, and documents (its context, as the indexer reads it).</summary>
    public sealed record QuestionFileInput(string Id, CorpusFile Source, QuestionFile File, string Text, IReadOnlyList<SourceDocument> Documents);

    /// <summary>The question files named by <paramref name="paths"/> (files, folders, globs), in path order.</summary>
    /// <exception cref="InvalidDataException">A file is not a question file; the message names it.</exception>
    public static List<QuestionFileInput> QuestionFiles(IEnumerable<string> paths)
    {
        var missing = new List<string>();
        var files = CorpusPaths.Expand(paths, missing);
        if (missing.Count > 0)
            throw new FileNotFoundException($"no such question file: {string.Join(", ", missing)}");
        var reader = new CorpusReader();
        return files.Select(file =>
        {
            string text;
            try
            {
                text = TextDecoding.Decode(File.ReadAllBytes(file.FullPath), []);
            }
            catch (CorpusFormatException e)
            {
                throw new InvalidDataException($"{file.FullPath}: {e.Message}", e);
            }
            if (!QuestionFile.TryParse(text, out var questionFile))
                throw new InvalidDataException($"{file.FullPath}: not a question file (expected 'Question:' then 'Context:' lines); --own-context and --fill take question files only");
            return new QuestionFileInput(Path.GetFileName(file.FullPath), file, questionFile, text, reader.Read(file).Documents);
        }).ToList();
    }

    /// <summary>Writes <paramref name="input"/> under <paramref name="folder"/> (at its path relative to what was named) with its Answer line filled.</summary>
    public static void WriteFilled(QuestionFileInput input, string folder, string? answer)
    {
        var target = Path.Combine(folder, input.Source.RelativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(target))!);
        File.WriteAllText(target, QuestionFile.Fill(input.Text, answer));
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
