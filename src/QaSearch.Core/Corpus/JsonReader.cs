using System.Text.Json;

namespace QaSearch.Core.Corpus;

/// <summary>A JSON file: its objects flattened into <c>Key: value</c> record passages (see <see cref="JsonRecords"/>).</summary>
internal sealed class JsonReader : IDocumentReader
{
    public IReadOnlyCollection<string> Extensions { get; } = [".json"];

    public IReadOnlyList<SourceDocument> Read(CorpusFile file, byte[] content, IList<string> warnings)
    {
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(TextDecoding.Decode(content, warnings), new JsonDocumentOptions { AllowTrailingCommas = true, MaxDepth = JsonRecords.MaxDepth });
        }
        catch (JsonException e)
        {
            throw new CorpusFormatException($"not valid JSON (line {e.LineNumber + 1}: {e.Message})", e);
        }
        using (json)
        {
            var builder = new RecordTextBuilder();
            JsonRecords.AddDocument(json.RootElement, builder);
            if (builder.IsEmpty)
                throw new CorpusFormatException("no text in the JSON");
            var records = builder.Records;
            var title = json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty("title", out var t)
                ? JsonRecords.Scalar(t)
                : PlainTextReader.TitleOf(file);
            return [new SourceDocument(file.RelativePath, file.FullPath, title, builder.Text, records)];
        }
    }
}
