using QaSearch.Core.Retrieval;

namespace QaSearch.Server;

/// <summary>
/// The index the server answers from. It opens when the index is there (until then <see cref="Engine"/> is null,
/// and requests get 503) and moves to each new commit (from <c>index</c> or <c>watch</c>) within the refresh
/// interval, without a restart. Thread-safe.
/// </summary>
internal sealed class IndexHost : IDisposable
{
    private readonly ServerOptions _options;
    private readonly Timer _timer;
    private readonly object _gate = new();
    private QaEngine? _engine;
    // Set under the gate when disposed: a poll the timer had already queued then does nothing, where it had refreshed a
    // disposed engine and crashed the process (an exception thrown in a timer callback is unhandled).
    private bool _disposed;

    public IndexHost(ServerOptions options)
    {
        _options = options;
        Poll(null);
        _timer = new Timer(Poll, null, options.RefreshInterval, options.RefreshInterval);
    }

    /// <summary>Why the index is unavailable, when it is.</summary>
    public string? Problem { get; private set; }

    /// <summary>The engine over the index, or null while the index is unavailable.</summary>
    public QaEngine? Engine
    {
        get
        {
            lock (_gate) return _engine;
        }
    }

    private void Poll(object? state)
    {
        lock (_gate)
        {
            if (_disposed) return;
            try
            {
                if (_engine is null)
                {
                    _engine = QaEngine.Open(_options.IndexPath, new QaEngineOptions { Retrieval = _options.Retrieval, Extractor = _options.Extractor, Passages = _options.Passages });
                    Problem = null;
                }
                else
                {
                    _engine.Refresh();
                }
            }
            catch (Exception e) when (e is IndexUnavailableException or IOException)
            {
                Problem = e.Message;
            }
        }
    }

    public void Dispose()
    {
        _timer.Dispose();
        lock (_gate)
        {
            _disposed = true;
            _engine?.Dispose();
            _engine = null;
        }
    }
}
