using System.Text.Json;
using System.Text.RegularExpressions;
using QaSearch.Core.Corpus;

namespace QaSearch.Cli;

/// <summary>
/// Batch queries: BEIR <c>queries.jsonl</c> (<c>{"_id", "text"}</c> a line), TSV (<c>id&lt;TAB&gt;text</c>), or a TREC
/// topic file as Anserini ships them: <c>&lt;top&gt;</c> topics (the title is the query) or
/// <c>&lt;DOC&gt;&lt;DOCNO&gt;</c> blocks (the whole text is the query).
/// </summary>
internal static partial class QueryFile
{
    /// <exception cref="InvalidDataException">A line is in no known form, or a topic has no number; the message names file and line or topic.</exception>
    public static List<(string Id, string Text)> Read(string path)
    {
        var content = File.ReadAllText(path);
        var start = content.AsSpan().TrimStart();
        if (start.StartsWith("<top>", StringComparison.OrdinalIgnoreCase))
            return Topics(path, content);
        if (TrecText.Looks(content))
        {
            var warnings = new List<string>();
            // A document's text holds its headline too, so the text alone is the whole query.
            var queries = TrecText.Parse(content, warnings).Select(d => (d.DocNo, TrecText.Collapse(d.Text))).ToList();
            if (warnings.Count > 0) throw new InvalidDataException($"{path}: {warnings[0]}");
            return queries;
        }
        return Lines(path, content);
    }

    /// <summary>TREC ad hoc topics: each <c>&lt;top&gt;</c> gives its <c>&lt;num&gt;</c> and its <c>&lt;title&gt;</c> as the query, as Anserini's default.</summary>
    private static List<(string Id, string Text)> Topics(string path, string content)
    {
        var queries = new List<(string Id, string Text)>();
        foreach (Match topic in TopicBlock().Matches(content))
        {
            var body = topic.Groups["body"].Value;
            var number = TopicNumber().Match(body);
            var title = TopicTitle().Match(body);
            if (!number.Success || !title.Success)
                throw new InvalidDataException($"{path}: topic {queries.Count + 1} has no <num> or no <title>");
            queries.Add((number.Groups["id"].Value, TrecText.Collapse(title.Groups["title"].Value)));
        }
        return queries;
    }

    private static List<(string Id, string Text)> Lines(string path, string content)
    {
        var queries = new List<(string Id, string Text)>();
        var number = 0;
        foreach (var line in content.ReplaceLineEndings("\n").Split('\n'))
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
            if (tab <= 0) throw new InvalidDataException($"{path}:{number}: expected 'id<TAB>text', a JSON object or a TREC topic file");
            queries.Add((line[..tab].Trim(), line[(tab + 1)..].Trim()));
        }
        return queries;
    }

    [GeneratedRegex(@"<top>(?<body>.*?)(?:</top>|\z)", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex TopicBlock();

    [GeneratedRegex(@"<num>\s*(?:Number:)?\s*(?<id>[^\s<]+)", RegexOptions.IgnoreCase)]
    private static partial Regex TopicNumber();

    [GeneratedRegex(@"<title>\s*(?:Topic:)?(?<title>.*?)(?=<[a-z/]|\z)", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex TopicTitle();
}
