using System.CommandLine;
using QaSearch.Server;

namespace QaSearch.Cli.Commands;

/// <summary><c>qasearch serve [--index DIR] [--host 127.0.0.1] [--port 5170]</c>: the HTTP API and the web page.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var index = CliOptions.Index();
        var host = new Option<string>("--host") { Description = "The address to listen on; anything but loopback needs --api-key", DefaultValueFactory = _ => "127.0.0.1" };
        var port = new Option<int>("--port") { Description = "The port (0 picks a free one)", DefaultValueFactory = _ => 5170 };
        var apiKey = new Option<string?>("--api-key") { Description = "Require this key in the X-Api-Key header of every /api request" };
        var extractor = new ExtractorFlags();
        var passages = CliOptions.Passages();
        var retrieval = new RetrievalOptions();
        var command = new Command("serve", "Serve the HTTP API (/api/ask, /api/search, /api/answer, /api/documents/…, /api/health, /openapi/v1.json) and the web page at /. It picks up new commits of the index without a restart. Stop with Ctrl+C.\n\nExample:\n  ./qasearch serve --index index --port 5170")
        {
            index, host, port, apiKey, passages,
        };
        retrieval.AddTo(command);
        extractor.AddTo(command);
        command.SetAction(result => CommandGuard.Run(() =>
        {
            var options = new ServerOptions
            {
                IndexPath = result.GetValue(index)!,
                Host = result.GetValue(host)!,
                Port = result.GetValue(port),
                ApiKey = result.GetValue(apiKey),
                Retrieval = retrieval.Read(result),
                Extractor = extractor.Read(result),
                Passages = result.GetValue(passages),
            };
            using var stop = new StopSignal();
            var server = QaServer.StartAsync(options).GetAwaiter().GetResult();
            Console.WriteLine($"Serving {options.IndexPath} at {server.Address} (page at /, API under /api, OpenAPI at /openapi/v1.json). Ctrl+C to stop.");
            stop.Token.WaitHandle.WaitOne();
            server.DisposeAsync().AsTask().GetAwaiter().GetResult();
            Console.WriteLine("Stopped.");
            return CommandGuard.Ok;
        }));
        return command;
    }
}
