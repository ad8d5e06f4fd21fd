using System.Net;
using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using QaSearch.Core;
using QaSearch.Core.Answering;

namespace QaSearch.Server;

/// <summary>
/// <c>qasearch serve</c>: the HTTP API and the web page, over the same pipeline as <c>ask</c>. Loopback only unless an
/// API key is set. Errors are <c>application/problem+json</c>: 400 for malformed JSON or an empty question, 401 for a
/// missing key, 404 for an unknown document, 413 for a body over the limit, 503 while the index is unavailable.
/// Start with <see cref="StartAsync"/>; dispose to stop. Thread-safe.
/// </summary>
public sealed class QaServer : IAsyncDisposable
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    private readonly WebApplication _app;
    private readonly IndexHost _index;

    private QaServer(WebApplication app, IndexHost index)
    {
        _app = app;
        _index = index;
    }

    /// <summary>The address it listens on, such as <c>http://127.0.0.1:5170</c>.</summary>
    public Uri Address => new(_app.Urls.First());

    /// <summary>Builds and starts the server; it answers until disposed.</summary>
    /// <exception cref="ArgumentException">The options are invalid (for instance a public address without an API key).</exception>
    public static async Task<QaServer> StartAsync(ServerOptions options, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Limits.MaxRequestBodySize = options.MaxBodyBytes;
            kestrel.Listen(ParseAddress(options.Host), options.Port);
        });
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi();
        var app = builder.Build();
        var index = new IndexHost(options);
        app.UseExceptionHandler();
        app.Use(async (context, next) =>
        {
            if (options.ApiKey is { } key && context.Request.Path.StartsWithSegments("/api")
                && context.Request.Headers["X-Api-Key"].ToString() != key)
            {
                await Problem(StatusCodes.Status401Unauthorized, "An API key is needed", "send it in the X-Api-Key header").ExecuteAsync(context);
                return;
            }
            await next(context);
        });
        app.MapOpenApi("/openapi/{documentName}.json");
        MapApi(app, index, options);
        MapPage(app);
        await app.StartAsync(cancellation);
        return new QaServer(app, index);
    }

    private static IPAddress ParseAddress(string host) =>
        host == "localhost" ? IPAddress.Loopback
        : IPAddress.TryParse(host.Trim('[', ']'), out var address) ? address
        : throw new ArgumentException($"--host {host} is not an IP address (use 127.0.0.1, ::1 or 0.0.0.0)");

    private static void MapApi(WebApplication app, IndexHost index, ServerOptions options)
    {
        var api = app.MapGroup("/api");

        api.MapGet("/health", () => index.Engine is { } engine
                ? Results.Json(new { Status = "ok", Passages = engine.PassageCount, Index = options.IndexPath }, Json)
                : Results.Json(new { Status = "unavailable", Passages = 0, Index = options.IndexPath, Problem = index.Problem }, Json, statusCode: 503))
            .WithSummary("Whether the index is open, and how many passages it holds");

        api.MapPost("/ask", async (HttpRequest request) =>
            {
                var (body, error) = await ReadJson(request);
                if (error is not null) return error;
                var question = body!.Value.TryGetProperty("question", out var q) && q.ValueKind == JsonValueKind.String ? q.GetString()! : "";
                if (!QaPipeline.HasWords(question)) return Problem(400, "A question is needed", "send {\"question\": \"When was the lighthouse built?\"}");
                var top = body.Value.TryGetProperty("top", out var t) && t.TryGetInt32(out var n) ? n : options.Passages;
                if (top is < 1 or > 100) return Problem(400, "top is out of range", "top is the number of passages read, from 1 to 100");
                var explain = body.Value.TryGetProperty("explain", out var e) && e.ValueKind == JsonValueKind.True;
                if (index.Engine is not { } engine) return Unavailable(index);
                return Results.Text(AnswerJson.Write(engine.Pipeline.Ask(question, passages: top), explain: explain), "application/json");
            })
            .WithSummary("Answer one question: {\"question\", \"top\"?, \"explain\"?} gives the JSON of 'ask --json'");

        api.MapGet("/search", (string? q, int? top) =>
            {
                if (q is null || !QaPipeline.HasWords(q)) return Problem(400, "A query is needed", "pass ?q=words");
                if (top is < 1 or > 1000) return Problem(400, "top is out of range", "top is from 1 to 1000");
                if (index.Engine is not { } engine) return Unavailable(index);
                var hits = engine.Retriever.Retrieve(q, top ?? 10).Select(h => new
                {
                    Rank = h.Rank + 1, Score = Math.Round(h.Score, 4), h.Passage.Id, Docid = h.Passage.DocId, h.Passage.Path,
                    h.Passage.Start, h.Passage.End, h.Passage.Title, h.Passage.Text,
                });
                return Results.Json(hits, Json);
            })
            .WithSummary("The top passages for a query, with score, source and offsets");

        api.MapPost("/answer", async (HttpRequest request) =>
            {
                var (body, error) = await ReadJson(request);
                if (error is not null) return error;
                if (!body!.Value.TryGetProperty("questions", out var list) || list.ValueKind != JsonValueKind.Array)
                    return Problem(400, "questions are needed", "send {\"questions\": [\"…\", {\"id\": \"q2\", \"question\": \"…\"}]}");
                if (list.GetArrayLength() > options.MaxBatch) return Problem(413, "Too many questions", $"send at most {options.MaxBatch} a request");
                var questions = new List<(string? Id, string Text)>();
                foreach (var item in list.EnumerateArray())
                {
                    var (id, text) = item.ValueKind switch
                    {
                        JsonValueKind.String => (null, item.GetString()!),
                        JsonValueKind.Object when item.TryGetProperty("question", out var qq) && qq.ValueKind == JsonValueKind.String =>
                            (item.TryGetProperty("id", out var i) ? (i.ValueKind == JsonValueKind.String ? i.GetString() : i.GetRawText()) : null, qq.GetString()!),
                        _ => ((string?)null, (string?)null),
                    };
                    if (text is null) return Problem(400, "A question is malformed", "each question is a string or {\"id\"?, \"question\"}");
                    questions.Add((id, text));
                }
                if (index.Engine is not { } engine) return Unavailable(index);
                var answers = questions.AsParallel().AsOrdered().Select(x => AnswerJson.Write(engine.Pipeline.Ask(x.Text), x.Id));
                return Results.Text("{\"answers\":[" + string.Join(',', answers) + "]}", "application/json");
            })
            .WithSummary("Answer many questions: {\"questions\": [...]} gives {\"answers\": [...]} in the same order");

        api.MapGet("/documents/{**docid}", (string docid) =>
            {
                if (index.Engine is not { } engine) return Unavailable(index);
                var passages = engine.Document(docid);
                if (passages.Count == 0) return Problem(404, "No such document", $"the index holds no document '{docid}'");
                return Results.Json(new
                {
                    Docid = docid, passages[0].Path, passages[0].Title, Text = Passage.WholeText(passages),
                    Passages = passages.Select(p => new { p.Id, p.Start, p.End }),
                }, Json);
            })
            .WithSummary("A document's text as indexed (read from the index, never from the file system), with its passages' offsets");
    }

    /// <summary>The request body as JSON, or the problem to answer with (400 malformed, 413 too large).</summary>
    private static async Task<(JsonElement? Body, IResult? Error)> ReadJson(HttpRequest request)
    {
        try
        {
            using var document = await JsonDocument.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted);
            return document.RootElement.ValueKind == JsonValueKind.Object
                ? (document.RootElement.Clone(), null)
                : (null, Problem(400, "The body is not a JSON object", "send a JSON object"));
        }
        catch (JsonException e)
        {
            return (null, Problem(400, "The body is not valid JSON", e.Message));
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, Problem(413, "The body is too large", e.Message));
        }
    }

    private static IResult Unavailable(IndexHost index) =>
        Problem(503, "The index is unavailable", index.Problem ?? "the index is not open yet; build it with ./qasearch index PATH");

    private static IResult Problem(int status, string title, string detail) => Results.Problem(detail, statusCode: status, title: title);

    /// <summary>The page and its script and style, from the assembly: one ask box, the answer, its evidence and source.</summary>
    private static void MapPage(WebApplication app)
    {
        foreach (var (route, resource, type) in new[]
                 {
                     ("/", "wwwroot/index.html", "text/html; charset=utf-8"),
                     ("/app.js", "wwwroot/app.js", "text/javascript; charset=utf-8"),
                     ("/app.css", "wwwroot/app.css", "text/css; charset=utf-8"),
                 })
        {
            var bytes = ReadResource(resource);
            app.MapGet(route, () => Results.Bytes(bytes, type)).ExcludeFromDescription();
        }
    }

    private static byte[] ReadResource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
                           ?? throw new InvalidOperationException($"resource {name} is missing from the build");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    /// <summary>Stops listening and closes the index.</summary>
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _index.Dispose();
    }
}
