using QaSearch.Core;
using QaSearch.Core.Retrieval;
using QaSearch.Lucene;
using QaSearch.Testing;

namespace QaSearch.Lucene.Tests;

/// <summary>One writer at a time across processes: the second fails at once naming the first, or waits with --wait.</summary>
public sealed class WriterLockTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly string _index;

    public WriterLockTests()
    {
        _folder.Write("corpus/kestrel.txt", "The schooner Kestrel was launched in 1894.");
        _index = Path.Combine(_folder.Path, "index");
        Directory.CreateDirectory(_index);
    }

    [Fact]
    public async Task A_second_writer_process_fails_at_once_naming_the_holder_and_the_first_is_unharmed()
    {
        using var writer = new LuceneIndexer(_index);
        writer.ReplaceFile("/first.txt", [new Passage("first#0", "first", "/first.txt", "", "The first writer's passage.", 0, 27, 0)]);

        var (code, _, error) = await CliProcess.FinishAsync(CliProcess.Start("index", Path.Combine(_folder.Path, "corpus"), "--index", _index));

        Assert.Equal(2, code);
        Assert.Contains($"being written by another process (pid {Environment.ProcessId}, since ", error);
        Assert.Contains("--wait", error);
        writer.Commit();
        writer.Dispose();
        using var retriever = new LuceneRetriever(_index);
        Assert.Equal(1, retriever.PassageCount);
    }

    [Fact]
    public async Task With_wait_the_second_writer_runs_once_the_first_is_done()
    {
        var holder = IndexWriterLock.Acquire(_index, TimeSpan.Zero);
        using var second = CliProcess.Start("index", Path.Combine(_folder.Path, "corpus"), "--index", _index, "--wait");
        var waiting = await second.StandardError.ReadLineAsync().WaitAsync(TimeSpan.FromMinutes(1));
        Assert.Contains($"waiting for the process writing {_index} (pid {Environment.ProcessId}", waiting);

        holder.Dispose();
        var (code, output, _) = await CliProcess.FinishAsync(second);

        Assert.Equal(0, code);
        Assert.StartsWith("Indexed 1 files", output);
    }

    [Fact]
    public void Within_one_process_a_second_indexer_is_refused_too()
    {
        using var first = new LuceneIndexer(_index);

        var error = Assert.Throws<IndexUnavailableException>(() => new LuceneIndexer(_index));

        Assert.Contains($"pid {Environment.ProcessId}", error.Message);
    }

    [Fact]
    public void Stats_name_the_writer_while_it_runs_and_none_once_it_is_done()
    {
        var writer = new LuceneIndexer(_index);
        writer.Commit();
        Assert.Equal(Environment.ProcessId, IndexStatistics.Read(_index).Writer?.Pid);

        writer.Dispose();

        Assert.Null(IndexStatistics.Read(_index).Writer);
        using var again = new LuceneIndexer(_index);
    }

    public void Dispose() => _folder.Dispose();
}
