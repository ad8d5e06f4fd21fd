using QaSearch;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using QaSearch.Core.Retrieval;
using QaSearch.Server;

namespace QaSearch.Cli;

/// <summary>
/// <c>bench --server</c>: a bounded load test of <c>serve</c> on loopback. The same number of concurrent clients ask
/// the same questions for the same time in-process (the pipeline called directly) and over HTTP against the real
/// server, alternating in rounds, so the two are measured side by side in one run. Requests go to 127.0.0.1 only, and stop after
/// the set time.
/// </summary>
internal static class ServerLoad
{
    public static int Run(string indexPath, IReadOnlyList<string> questions, int clients, TimeSpan duration, bool asJson, Action<string> say)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(clients);
        say($"Load: {clients} concurrent clients, {duration.TotalSeconds:0} s each side, {questions.Count} questions in turn.");

        // The two sides alternate in rounds (a third of the time each), so that the machine's drift falls on both
        // alike; the ratio reported is the median of the rounds' p50 ratios, the figures pooled over all rounds.
        const int rounds = 3;
        var slice = duration / rounds;
        using var engine = QaEngine.Open(indexPath);
        var server = QaServer.StartAsync(new ServerOptions { IndexPath = indexPath, Port = 0 }).GetAwaiter().GetResult();
        try
        {
            using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clients }) { BaseAddress = server.Address };
            var locals = new List<Figures>();
            var remotes = new List<Figures>();
            for (var round = 0; round < rounds; round++)
            {
                // In-process: the pipeline 'ask' runs, called by the same number of concurrent callers.
                locals.Add(Load(clients, slice, (i, _) =>
                {
                    engine.Pipeline.Ask(questions[i % questions.Count]);
                    return Task.FromResult(true);
                }));
                // Over HTTP: the real server on a free loopback port.
                remotes.Add(Load(clients, slice, async (i, cancellation) =>
                {
                    using var response = await http.PostAsJsonAsync("/api/ask", new { question = questions[i % questions.Count] }, cancellation);
                    await response.Content.ReadAsStringAsync(cancellation);
                    return response.IsSuccessStatusCode;
                }));
            }
            var (local, remote) = (Pool(locals, duration), Pool(remotes, duration));
            var ratio = locals.Zip(remotes, (l, r) => r.P50 / l.P50).Order().ElementAt(rounds / 2);
            say($"In-process ask  {local.Requests,7:N0} requests  {local.Throughput,8:0.0}/s  p50 {local.P50,7:0.000} ms  p99 {local.P99,7:0.000} ms  errors {local.Errors}");
            say($"HTTP /api/ask   {remote.Requests,7:N0} requests  {remote.Throughput,8:0.0}/s  p50 {remote.P50,7:0.000} ms  p99 {remote.P99,7:0.000} ms  errors {remote.Errors}");
            say($"Ratio           server p50 {ratio:0.00}x in-process (median of {rounds} alternating rounds: {string.Join(", ", locals.Zip(remotes, (l, r) => $"{r.P50 / l.P50:0.00}x"))}), p99 {remote.P99 / local.P99:0.00}x, throughput {remote.Throughput / local.Throughput:0.00}x");
            if (asJson)
            {
                Console.WriteLine(JsonSerializer.Serialize(new
                {
                    clients, seconds = duration.TotalSeconds,
                    inprocess_requests = local.Requests, inprocess_per_s = Math.Round(local.Throughput, 1), inprocess_p50_ms = Math.Round(local.P50, 3), inprocess_p99_ms = Math.Round(local.P99, 3),
                    server_requests = remote.Requests, server_per_s = Math.Round(remote.Throughput, 1), server_p50_ms = Math.Round(remote.P50, 3), server_p99_ms = Math.Round(remote.P99, 3),
                    server_errors = remote.Errors, server_p50_over_inprocess = Math.Round(ratio, 3),
                }, CliJson.Options));
            }
            return remote.Errors == 0 ? CommandGuard.Ok : CommandGuard.UsageError;
        }
        finally
        {
            server.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    private sealed record Figures(int Requests, int Errors, double Throughput, double P50, double P99)
    {
        /// <summary>Every latency, sorted, so that rounds can be pooled.</summary>
        public List<double> Times { get; init; } = [];
    }

    private static Figures Pool(List<Figures> rounds, TimeSpan duration)
    {
        var all = rounds.SelectMany(r => r.Times).Order().ToList();
        return new Figures(all.Count, rounds.Sum(r => r.Errors), all.Count / duration.TotalSeconds, all[all.Count / 2], all[Math.Min(all.Count - 1, (int)(all.Count * 0.99))]) { Times = all };
    }

    /// <summary>
    /// <paramref name="clients"/> loops calling <paramref name="request"/> (with a running request number) until
    /// <paramref name="duration"/> is over; a short warm-up first. A call that returns false or throws is an error.
    /// </summary>
    private static Figures Load(int clients, TimeSpan duration, Func<int, CancellationToken, Task<bool>> request)
    {
        for (var i = 0; i < 50; i++) request(i, CancellationToken.None).GetAwaiter().GetResult();
        var counter = 0;
        var errors = 0;
        var times = new List<double>[clients];
        using var stop = new CancellationTokenSource(duration);
        var clock = Stopwatch.StartNew();
        // One thread per client, so that blocking in-process calls are as concurrent as the HTTP ones (the thread
        // pool would run only a few of them at a time on two cores, and flatter the in-process latency).
        var loops = Enumerable.Range(0, clients).Select(c => Task.Factory.StartNew(async () =>
        {
            times[c] = [];
            while (!stop.IsCancellationRequested)
            {
                var start = Stopwatch.GetTimestamp();
                try
                {
                    if (!await request(Interlocked.Increment(ref counter), CancellationToken.None)) Interlocked.Increment(ref errors);
                }
                catch (Exception e) when (e is HttpRequestException or IOException or TaskCanceledException)
                {
                    Interlocked.Increment(ref errors);
                }
                times[c].Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default).Unwrap()).ToArray();
        Task.WaitAll(loops);
        var elapsed = clock.Elapsed.TotalSeconds;
        var all = times.SelectMany(t => t).Order().ToList();
        return new Figures(all.Count, errors, all.Count / elapsed, all[all.Count / 2], all[Math.Min(all.Count - 1, (int)(all.Count * 0.99))]) { Times = all };
    }
}
