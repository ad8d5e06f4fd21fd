using System.Text.Json;

namespace QaSearch.Core.Corpus;

/// <summary>
/// JSON Lines in the BEIR corpus form: one <c>{"_id", "title", "text"}</c> object a line, each its own document
/// whose id is <c>_id</c>. Objects of another shape become a record of their fields. A bad line is reported and skipped.
/// </summary>
internal sealed class JsonLinesReader : IDocumentReader
{
    public IReadOnlyCollection<string> Extensions { get; } = [".jsonl", ".ndjson"];

    public IReadOnlyList<SourceDocument> Read(CorpusFile file, byte[] content, IList<string> warnings)
    {
        var documents = new List<SourceDocument>();
        var lineNumber = 0;
        foreach (var line in TextDecoding.Decode(content, warnings).Split('\n'))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            try
            {
                using var json = JsonDocument.Parse(line, new JsonDocumentOptions { MaxDepth = JsonRecords.MaxDepth });
                if (ToDocument(json.RootElement, file, lineNumber) is { } document)
                    documents.Add(document);
                else
                    warnings.Add($"line {lineNumber}: no text to index");
            }
            catch (JsonException e)
            {
                warnings.Add($"line {lineNumber}: not valid JSON ({e.Message})");
            }
        }
        if (documents.Count == 0)
            throw new CorpusFormatException("no readable JSON line");
        return documents;
    }

    private static SourceDocument? ToDocument(JsonElement element, CorpusFile file, int lineNumber)
    {
        if (element.ValueKind != JsonValueKind.Object)
            return null;
        var id = element.TryGetProperty("_id", out var idElement) || element.TryGetProperty("id", out idElement)
            ? JsonRecords.Scalar(idElement)
            : $"{file.RelativePath}:{lineNumber}";
        var title = element.TryGetProperty("title", out var titleElement) ? JsonRecords.Scalar(titleElement) : "";
        if (element.TryGetProperty("text", out var textElement) && textElement.ValueKind == JsonValueKind.String)
        {
            var text = textElement.GetString()!.Trim();
            if (text.Length == 0) text = title;
            return text.Length == 0 ? null : new SourceDocument(id, file.FullPath, title, text);
        }
        var builder = new RecordTextBuilder();
        JsonRecords.AddFields(element, "", builder);
        return builder.IsEmpty ? null : new SourceDocument(id, file.FullPath, title, builder.Text, builder.Records);
    }
}
