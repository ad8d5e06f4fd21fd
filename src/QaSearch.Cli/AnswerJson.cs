using System.Text;
using System.Text.Json;
using QaSearch.Core;

namespace QaSearch.Cli;

/// <summary>
/// The JSON form of an answer, one object a line:
/// <c>{"id"?, "question", "answer", "score", "source": {"path", "start", "end"}, "passage"}</c>; with explain, the candidates too.
/// </summary>
internal static class AnswerJson
{
    public static string Write(Answer answer, string? id = null, bool explain = false)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, CliJson.WriterOptions))
        {
            json.WriteStartObject();
            if (id is not null) json.WriteString("id", id);
            json.WriteString("question", answer.Question);
            if (answer.Text is null) json.WriteNull("answer"); else json.WriteString("answer", answer.Text);
            json.WriteNumber("score", Math.Round(answer.Score, 4));
            if (answer.Source is { } source)
            {
                json.WriteStartObject("source");
                json.WriteString("path", CliOptions.Display(source.Path));
                json.WriteString("docid", source.DocId);
                json.WriteNumber("start", source.Start);
                json.WriteNumber("end", source.End);
                json.WriteEndObject();
            }
            else
            {
                json.WriteNull("source");
            }
            if (answer.Passage is null) json.WriteNull("passage"); else json.WriteString("passage", answer.Passage.Text);
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
