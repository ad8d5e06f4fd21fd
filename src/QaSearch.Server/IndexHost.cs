using QaSearch.Core.Answering;
using QaSearch.Core.Extraction;
using QaSearch.Core.Retrieval;
using QaSearch.Lucene;

namespace QaSearch.Server;

/// <summary>
/// The index the server answers from. It opens when the index is there (until then <see cref="TryLease"/> gives null,
/// and requests get 503) and moves to each new commit (from <c>index</c> or <c>watch</c>) within the refresh
/// interval, without a restart. Thread-safe.
/// </summary>
internal sealed class IndexHost : IDisposable
{
    private readonly ServerOptions _options;
    private readonly AnswerExtractor _extractor;
    private readonly Timer _timer;
    private readonly object _gate = new();
    private LuceneRetriever? _retriever;
    private QaPipeline? _pipeline;

    public IndexHost(ServerOptions options)
    {
        _options = options;
        _extractor = new AnswerExtractor(options.Extractor);
        Poll(null);
        _timer = new Timer(Poll, null, options.RefreshInterval, options.RefreshInterval);
    }

    /// <summary>Why the index is unavailable, when it is.</summary>
    public string? Problem { get; private set; }

    /// <summary>The retriever and pipeline, or null while the index is unavailable.</summary>
    public (LuceneRetriever Retriever, QaPipeline Pipeline)? TryLease()
    {
        lock (_gate) return _retriever is null ? null : (_retriever, _pipeline!);
    }

    private void Poll(object? state)
    {
        lock (_gate)
        {
            try
            {
                if (_retriever is null)
                {
                    _retriever = new LuceneRetriever(_options.IndexPath, _options.Retrieval);
                    _pipeline = new QaPipeline(_retriever, _extractor, _options.Passages);
                    Problem = null;
                }
                else
                {
                    _retriever.Refresh();
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
        lock (_gate) _retriever?.Dispose();
    }
}
