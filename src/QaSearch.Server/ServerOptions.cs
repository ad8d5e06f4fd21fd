using QaSearch.Core.Extraction;
using QaSearch.Core.Retrieval;

namespace QaSearch.Server;

/// <summary>How <see cref="QaServer"/> listens and what it serves. Validated once, when the server is built.</summary>
public sealed record ServerOptions
{
    /// <summary>The index folder (default <c>index</c>).</summary>
    public string IndexPath { get; init; } = "index";

    /// <summary>The address to listen on (default loopback only).</summary>
    public string Host { get; init; } = "127.0.0.1";

    /// <summary>The port (default 5170; 0 picks a free one).</summary>
    public int Port { get; init; } = 5170;

    /// <summary>When set, every /api request must carry it in the <c>X-Api-Key</c> header. Required off loopback.</summary>
    public string? ApiKey { get; init; }

    /// <summary>The largest request body accepted, in bytes (default 1 MiB); larger ones get 413.</summary>
    public long MaxBodyBytes { get; init; } = 1024 * 1024;

    /// <summary>The most questions one <c>POST /api/answer</c> may carry (default 1,000).</summary>
    public int MaxBatch { get; init; } = 1000;

    /// <summary>Retrieval settings, as the CLI's.</summary>
    public RetrievalSettings Retrieval { get; init; } = new();

    /// <summary>Extractor settings, as the CLI's.</summary>
    public ExtractorOptions Extractor { get; init; } = new();

    /// <summary>Passages the extractor reads per question (default 10).</summary>
    public int Passages { get; init; } = 10;

    /// <summary>How often to look for a new commit of the index (default 1 s).</summary>
    public TimeSpan RefreshInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Whether <see cref="Host"/> is a loopback address.</summary>
    public bool IsLoopback => Host is "localhost" or "::1" or "[::1]" || Host.StartsWith("127.", StringComparison.Ordinal);

    /// <exception cref="ArgumentException">A value is out of range, or the server would listen off loopback without an API key.</exception>
    public void Validate()
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(IndexPath);
        ArgumentOutOfRangeException.ThrowIfNegative(Port);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Port, 65535);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxBodyBytes);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxBatch);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(Passages);
        if (!IsLoopback && string.IsNullOrEmpty(ApiKey))
            throw new ArgumentException($"listening on {Host} (beyond this machine) needs --api-key KEY, so that only clients with the key can ask");
        Retrieval.Validate();
    }
}
