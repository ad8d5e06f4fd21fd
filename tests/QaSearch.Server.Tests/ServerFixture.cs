using QaSearch.Core.Corpus;
using QaSearch.Lucene;
using QaSearch.Server;
using QaSearch.Testing;

namespace QaSearch.Server.Tests;

/// <summary>A tiny corpus indexed into a temporary folder, and the real server over it on a free loopback port.</summary>
public sealed class ServerFixture : IAsyncDisposable
{
    private ServerFixture(TempFolder folder, string index, QaServer server, HttpClient client)
    {
        Folder = folder;
        Index = index;
        Server = server;
        Client = client;
    }

    public TempFolder Folder { get; }
    public string Index { get; }
    public QaServer Server { get; }
    public HttpClient Client { get; }

    /// <summary>Indexes the tiny corpus (unless <paramref name="indexed"/> is false) and starts a server over it.</summary>
    public static async Task<ServerFixture> StartAsync(bool indexed = true, string? apiKey = null, long maxBodyBytes = 1024 * 1024, TimeSpan? refreshInterval = null)
    {
        var folder = new TempFolder();
        Fixtures.WriteTinyCorpus(folder);
        var index = Path.Combine(folder.Path, "index");
        if (indexed) IndexCorpus(folder, index);
        var server = await QaServer.StartAsync(new ServerOptions
        {
            IndexPath = index, Port = 0, ApiKey = apiKey, MaxBodyBytes = maxBodyBytes, RefreshInterval = refreshInterval ?? TimeSpan.FromMilliseconds(100),
        });
        return new ServerFixture(folder, index, server, new HttpClient { BaseAddress = server.Address });
    }

    /// <summary>Indexes (or syncs) the corpus folder into the index, as './qasearch index' does.</summary>
    public static void IndexCorpus(TempFolder folder, string index)
    {
        using var writer = new LuceneIndexer(index);
        new CorpusIngest(new CorpusReader(), new PassageSplitter()).Run([folder.Path], writer, excludeFolders: [index]);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Server.DisposeAsync();
        Folder.Dispose();
    }
}
