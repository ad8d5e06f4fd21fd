using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace QaSearch.Core.Answering;

/// <summary>
/// The JSON form of an answer, one object a line, as <c>ask --json</c>, <c>answer</c> and the HTTP API write it:
/// <c>{"id"?, "question", "read_as"?, "answer", "score", "source": {"path", "docid", "start", "end"}, "passage", "evidence": {"sentence", "start", "end"}}</c>, and with
/// explain the candidates too. Characters are written as themselves (no HTML escaping). Thread-safe.
/// </summary>
public static class AnswerJson
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The answer as one line of JSON.</summary>
    /// <param name="answer">The answer.</param>
    /// <param name="id">The question's id in a batch, or null.</param>
    /// <param name="explain">Also write the scored candidates and their features.</param>
    /// <param name="displayPath">How a source path is shown (the CLI shows it relative to the working folder); as it is by default.</param>
    public static string Write(Answer answer, string? id = null, bool explain = false, Func<string, string>? displayPath = null)
    {
        ArgumentNullException.ThrowIfNull(answer);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            if (id is not null) json.WriteString("id", id);
            json.WriteString("question", answer.Question);
            if (answer.ReadAs is { } readAs) json.WriteString("read_as", readAs);
            if (answer.Text is null) json.WriteNull("answer"); else json.WriteString("answer", answer.Text);
            json.WriteNumber("score", Math.Round(answer.Score, 4));
            if (answer.Source is { } source)
            {
                json.WriteStartObject("source");
                json.WriteString("path", displayPath is null ? source.Path : displayPath(source.Path));
                json.WriteString("docid", source.DocId);
                json.WriteNumber("start", source.Start);
                json.WriteNumber("end", source.End);
                if (source.Location is { } location) json.WriteString("location", location);
                json.WriteEndObject();
            }
            else
            {
                json.WriteNull("source");
            }
            if (answer.Passage is null) json.WriteNull("passage"); else json.WriteString("passage", answer.Passage.Text);
            // The sentence the answer stands in, and the answer's range inside it (for a null answer: the closest guess).
            if (answer.Evidence is { } evidence)
            {
                json.WriteStartObject("evidence");
                json.WriteString("sentence", evidence.Sentence);
                json.WriteNumber("start", evidence.Span.Start);
                json.WriteNumber("end", evidence.Span.End);
                json.WriteEndObject();
            }
            else
            {
                json.WriteNull("evidence");
            }
            // A count or a most/least computed over records: the query, and the records it was computed from.
            if (answer.Aggregation is { } aggregation)
            {
                json.WriteStartObject("aggregation");
                json.WriteString("kind", aggregation.Query.Kind.ToString().ToLowerInvariant());
                json.WriteString("query", aggregation.Query.ToString());
                json.WriteNumber("matched", aggregation.Matched);
                json.WriteStartArray("records");
                foreach (var record in aggregation.Evidence)
                {
                    json.WriteStartObject();
                    json.WriteString("path", displayPath is null ? record.Passage.Path : displayPath(record.Passage.Path));
                    json.WriteString("docid", record.Passage.DocId);
                    json.WriteNumber("start", record.Passage.Start + record.Span.Start);
                    json.WriteNumber("end", record.Passage.Start + record.Span.End);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                json.WriteEndObject();
            }
            if (explain)
            {
                json.WriteStartArray("candidates");
                foreach (var candidate in answer.Candidates)
                {
                    json.WriteStartObject();
                    json.WriteString("text", candidate.Text);
                    json.WriteNumber("score", candidate.Score);
                    json.WriteString("passage_id", candidate.PassageId);
                    json.WriteStartObject("features");
                    foreach (var (name, value) in candidate.Features) json.WriteNumber(name, value);
                    json.WriteEndObject();
                    json.WriteEndObject();
                }
                json.WriteEndArray();
            }
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
