using Lucene.Net.Search;

namespace QaSearch.Lucene;

/// <summary>
/// A searcher acquired from a <see cref="SearcherManager"/> for the length of a <c>using</c> block and released on
/// dispose, so that a reopened index never closes a reader under a running search.
/// </summary>
internal readonly struct SearcherLease : IDisposable
{
    private readonly SearcherManager _manager;

    public SearcherLease(SearcherManager manager)
    {
        _manager = manager;
        Searcher = manager.Acquire();
    }

    /// <summary>The leased searcher; valid until the lease is disposed.</summary>
    public IndexSearcher Searcher { get; }

    public void Dispose() => _manager.Release(Searcher);
}
