using System.Text.Json;

namespace QaSearch.Cli;

/// <summary>Batch queries: BEIR <c>queries.jsonl</c> (<c>{"_id", "text"}</c> a line) or TSV (<c>id&lt;TAB&gt;text</c>).</summary>
internal static class QueryFile
{
    /// <exception cref="InvalidDataException">A line is neither form; the message names file and line.</exception>
    public static List<(string Id, string Text)> Read(string path)
    {
        var queries = new List<(string Id, string Text)>();
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (line.Trim().Length == 0) continue;
            if (line.TrimStart().StartsWith('{'))
            {
                try
                {
                    using var json = JsonDocument.Parse(line);
                    var root = json.RootElement;
                    var id = root.TryGetProperty("_id", out var i) || root.TryGetProperty("id", out i) ? (i.ValueKind == JsonValueKind.String ? i.GetString()! : i.GetRawText()) : number.ToString();
                    queries.Add((id, root.GetProperty("text").GetString() ?? ""));
                    continue;
                }
                catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
                {
                    throw new InvalidDataException($"{path}:{number}: expected {{\"_id\", \"text\"}} ({e.Message})", e);
                }
            }
            var tab = line.IndexOf('\t');
            if (tab <= 0) throw new InvalidDataException($"{path}:{number}: expected 'id<TAB>text' or a JSON object");
            queries.Add((line[..tab].Trim(), line[(tab + 1)..].Trim()));
        }
        return queries;
    }
}
