using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using QaSearch.Server;

namespace QaSearch.Server.Tests;

/// <summary>The HTTP API of a real server on loopback.</summary>
public sealed class ApiTests
{
    private static StringContent Body(string json) => new(json, Encoding.UTF8, "application/json");

    private static async Task<JsonElement> Json(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    [Fact]
    public async Task Ask_answers_with_the_json_of_ask_json_and_health_counts_passages()
    {
        await using var server = await ServerFixture.StartAsync();

        var health = await Json(await server.Client.GetAsync("/api/health"));
        var response = await server.Client.PostAsync("/api/ask", Body("""{"question": "When was the schooner Kestrel launched?"}"""));

        Assert.Equal("ok", health.GetProperty("status").GetString());
        Assert.True(health.GetProperty("passages").GetInt32() > 0);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = await Json(response);
        Assert.Equal(["question", "answer", "score", "source", "passage", "evidence"], answer.EnumerateObject().Select(p => p.Name));
        Assert.Equal("1894", answer.GetProperty("answer").GetString());
        Assert.Equal("notes/kestrel.txt", answer.GetProperty("source").GetProperty("docid").GetString());
        var evidence = answer.GetProperty("evidence");
        Assert.Equal("1894", evidence.GetProperty("sentence").GetString()![evidence.GetProperty("start").GetInt32()..evidence.GetProperty("end").GetInt32()]);
    }

    [Fact]
    public async Task Stopping_a_server_while_it_polls_the_index_leaves_the_process_answering()
    {
        // Given servers that look for a new commit every millisecond, stopped at once. A poll the timer had queued when
        // the server stopped once refreshed the disposed index and crashed CI's test host (an exception in a timer
        // callback is unhandled); the window is narrow, so this stresses the shutdown path rather than reproducing it.
        for (var i = 0; i < 30; i++)
        {
            await using var polling = await ServerFixture.StartAsync(refreshInterval: TimeSpan.FromMilliseconds(1));
            await polling.Client.GetAsync("/api/health");
        }
        await Task.Delay(100);

        // When a server is started after them
        await using var server = await ServerFixture.StartAsync();
        var response = await server.Client.PostAsync("/api/ask", Body("""{"question": "When was the schooner Kestrel launched?"}"""));

        // Then this process is still alive to answer
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("1894", (await Json(response)).GetProperty("answer").GetString());
    }

    [Fact]
    public async Task Search_answer_and_documents_serve_what_the_index_holds()
    {
        await using var server = await ServerFixture.StartAsync();

        var hits = await Json(await server.Client.GetAsync("/api/search?q=Quill%20Bridge&top=1"));
        var batch = await Json(await server.Client.PostAsync("/api/answer",
            Body("""{"questions": ["When was the schooner Kestrel launched?", {"id": "b", "question": "How long is the Quill Bridge?"}]}""")));
        var document = await Json(await server.Client.GetAsync("/api/documents/notes/kestrel.txt"));

        Assert.Equal("bridge", hits[0].GetProperty("docid").GetString());
        var answers = batch.GetProperty("answers");
        Assert.Equal("1894", answers[0].GetProperty("answer").GetString());
        Assert.Equal("b", answers[1].GetProperty("id").GetString());
        Assert.Equal("94 meters", answers[1].GetProperty("answer").GetString());
        Assert.StartsWith("The schooner Kestrel was launched in 1894.", document.GetProperty("text").GetString());
        Assert.Equal(0, document.GetProperty("passages")[0].GetProperty("start").GetInt32());
    }

    [Theory]
    [InlineData("{bad json", 400)]
    [InlineData("""{"question": "   "}""", 400)]
    [InlineData("""["not an object"]""", 400)]
    [InlineData("""{"question": "Who?", "top": 0}""", 400)]
    public async Task Bad_requests_get_problem_json(string body, int status)
    {
        await using var server = await ServerFixture.StartAsync();

        var response = await server.Client.PostAsync("/api/ask", Body(body));

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(status, (await Json(response)).GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task An_unknown_document_is_404_and_a_body_over_the_limit_is_413()
    {
        await using var server = await ServerFixture.StartAsync(maxBodyBytes: 1000);

        var missing = await server.Client.GetAsync("/api/documents/no/such.txt");
        var large = await server.Client.PostAsync("/api/ask", Body("{\"question\": \"" + new string('a', 5000) + "\"}"));

        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, large.StatusCode);
    }

    [Fact]
    public async Task Without_an_index_it_answers_503_and_picks_the_index_up_once_built_without_a_restart()
    {
        await using var server = await ServerFixture.StartAsync(indexed: false);
        var before = await server.Client.PostAsync("/api/ask", Body("""{"question": "When was the schooner Kestrel launched?"}"""));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, before.StatusCode);
        Assert.Equal("application/problem+json", before.Content.Headers.ContentType?.MediaType);

        ServerFixture.IndexCorpus(server.Folder, server.Index);
        await Eventually(async () => (await server.Client.GetAsync("/api/health")).StatusCode == HttpStatusCode.OK);
        server.Folder.Write("notes/ferry.txt", "The ferry Osprey sails at dawn from Pier 9.");
        ServerFixture.IndexCorpus(server.Folder, server.Index);

        await Eventually(async () => (await Json(await server.Client.GetAsync("/api/search?q=ferry%20Osprey"))).GetArrayLength() == 1);
    }

    [Fact]
    public async Task With_an_api_key_requests_without_it_are_401()
    {
        await using var server = await ServerFixture.StartAsync(apiKey: "s3cret");

        var without = await server.Client.GetAsync("/api/health");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/health") { Headers = { { "X-Api-Key", "s3cret" } } };
        var with = await server.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, without.StatusCode);
        Assert.Equal(HttpStatusCode.OK, with.StatusCode);
    }

    [Fact]
    public async Task Listening_beyond_loopback_needs_an_api_key()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => QaServer.StartAsync(new ServerOptions { Host = "0.0.0.0", Port = 0 }));

        Assert.Contains("--api-key", error.Message);
    }

    [Fact]
    public async Task The_page_and_an_openapi_document_are_served()
    {
        await using var server = await ServerFixture.StartAsync();

        var page = await server.Client.GetStringAsync("/");
        var script = await server.Client.GetAsync("/app.js");
        var openApi = await Json(await server.Client.GetAsync("/openapi/v1.json"));

        Assert.Contains("<form id=\"ask-form\"", page);
        Assert.DoesNotContain("http", page.Replace("http-equiv", ""), StringComparison.OrdinalIgnoreCase); // nothing from a CDN
        Assert.Equal("text/javascript", script.Content.Headers.ContentType?.MediaType);
        Assert.True(openApi.GetProperty("paths").TryGetProperty("/api/ask", out _));
    }

    private static async Task Eventually(Func<Task<bool>> condition)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        while (!await condition())
        {
            if (deadline.IsCancellationRequested) Assert.Fail("the server never picked up the new commit");
            await Task.Delay(100);
        }
    }
}
