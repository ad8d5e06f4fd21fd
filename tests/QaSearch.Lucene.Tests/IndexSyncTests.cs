using QaSearch.Core;
using QaSearch.Core.Corpus;
using QaSearch.Core.Retrieval;
using QaSearch.Lucene;
using QaSearch.Testing;

namespace QaSearch.Lucene.Tests;

/// <summary>Indexing a folder again reads only what changed, and the index follows the folder.</summary>
public sealed class IndexSyncTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly string _corpus;
    private readonly string _index;

    public IndexSyncTests()
    {
        _corpus = Path.Combine(_folder.Path, "corpus");
        _index = Path.Combine(_folder.Path, "index");
        _folder.Write("corpus/kestrel.txt", "The schooner Kestrel was launched in 1894.");
        _folder.Write("corpus/bridge.md", "# Bridge\n\nThe Quill Bridge opened in 1868.");
        _folder.Write("corpus/sub/lighthouse.txt", "The lighthouse was built by Agnes Moller.");
    }

    private IngestReport Index(SplitterOptions? splitter = null)
    {
        using var writer = new LuceneIndexer(_index);
        return new CorpusIngest(new CorpusReader(), new PassageSplitter(splitter)).Run([_corpus], writer);
    }

    private string Fingerprint() => IndexStatistics.Read(_index, fingerprint: true).Fingerprint!;

    [Fact]
    public void A_second_run_over_an_unchanged_folder_reads_nothing()
    {
        Index();

        var again = Index();

        Assert.Equal((0, 0, 0, 3), (again.Added, again.Updated, again.Removed, again.Unchanged));
        Assert.Equal(0, again.FilesRead);
    }

    [Fact]
    public void Added_changed_touched_and_deleted_files_are_told_apart_and_the_index_matches_a_clean_build()
    {
        Index();
        File.WriteAllText(Path.Combine(_corpus, "kestrel.txt"), "The schooner Kestrel was launched in 1901.");
        File.SetLastWriteTimeUtc(Path.Combine(_corpus, "bridge.md"), DateTime.UtcNow.AddMinutes(5)); // touched, same bytes
        File.Delete(Path.Combine(_corpus, "sub", "lighthouse.txt"));
        _folder.Write("corpus/museum.txt", "The museum director is Rosa Lindqvist.");

        var report = Index();

        Assert.Equal((1, 1, 1, 1), (report.Added, report.Updated, report.Removed, report.Unchanged));
        var synced = Fingerprint();
        using (var clean = new TempFolder())
        {
            using (var writer = new LuceneIndexer(clean.Path))
                new CorpusIngest(new CorpusReader(), new PassageSplitter()).Run([_corpus], writer);
            Assert.Equal(IndexStatistics.Read(clean.Path, fingerprint: true).Fingerprint, synced);
        }
        using var retriever = new LuceneRetriever(_index);
        Assert.Contains("1901", Assert.Single(retriever.Retrieve("Kestrel launched", 5)).Passage.Text);
        Assert.Empty(retriever.Retrieve("lighthouse Moller", 5));
    }

    [Fact]
    public void A_touched_file_is_hashed_once_and_then_known_by_its_new_time()
    {
        Index();
        File.SetLastWriteTimeUtc(Path.Combine(_corpus, "kestrel.txt"), DateTime.UtcNow.AddMinutes(5));
        Assert.Equal(3, Index().Unchanged);

        using var writer = new LuceneIndexer(_index);

        Assert.Equal(File.GetLastWriteTimeUtc(Path.Combine(_corpus, "kestrel.txt")), writer.Files[Path.Combine(_corpus, "kestrel.txt")].LastWriteUtc);
    }

    [Fact]
    public void Other_passage_settings_read_every_file_again()
    {
        Index();

        var report = Index(new SplitterOptions { TargetChars = 300, MaxChars = 600 });

        Assert.Equal((0, 3, 0), (report.Added, report.Updated, report.Unchanged));
        Assert.Contains("passage-chars 300", IndexStatistics.Read(_index).BuildSettings);
    }

    [Fact]
    public void An_index_written_in_an_older_format_reads_every_file_again()
    {
        Index();
        // What an index built before its format was recorded holds: the passage settings alone.
        using (var directory = global::Lucene.Net.Store.FSDirectory.Open(_index))
        {
            var data = new Dictionary<string, string>(global::Lucene.Net.Index.DirectoryReader.ListCommits(directory)[^1].UserData);
            data["qasearch.settings"] = data["qasearch.settings"].Replace($"; index {LuceneIndexer.FormatVersion}", "", StringComparison.Ordinal);
            using var analyzer = LuceneSettings.CreateAnalyzer();
            using var raw = new global::Lucene.Net.Index.IndexWriter(directory, new global::Lucene.Net.Index.IndexWriterConfig(LuceneSettings.Version, analyzer));
            raw.SetCommitData(data);
            raw.Commit();
        }

        var report = Index();

        Assert.Equal((0, 3, 0), (report.Added, report.Updated, report.Unchanged));
        Assert.EndsWith($"; index {LuceneIndexer.FormatVersion}", IndexStatistics.Read(_index).BuildSettings);
        Assert.Equal(0, Index().FilesRead);
    }

    [Fact]
    public void Files_under_another_indexed_folder_are_not_removed()
    {
        var other = Path.Combine(_folder.Path, "other");
        _folder.Write("other/notes.txt", "Notes about the harbour ferry.");
        using (var writer = new LuceneIndexer(_index))
            new CorpusIngest(new CorpusReader(), new PassageSplitter()).Run([_corpus, other], writer);

        var report = Index();

        Assert.Equal(0, report.Removed);
        Assert.Equal(4, IndexStatistics.Read(_index).Files);
    }

    [Fact]
    public void Uncommitted_work_is_not_in_the_list_of_files_and_is_read_again()
    {
        Index();
        _folder.Write("corpus/museum.txt", "The museum director is Rosa Lindqvist.");
        using (var writer = new LuceneIndexer(_index))
        {
            // A run that wrote a file's passages but died before its commit recorded it.
            writer.ReplaceFile(Path.Combine(_corpus, "museum.txt"), Array.Empty<Passage>(), file: null);
        }

        var report = Index();

        Assert.Equal(1, report.Added);
        Assert.Equal(4, IndexStatistics.Read(_index).Files);
    }

    [Fact]
    public void Stats_report_files_documents_passages_size_and_the_last_commit()
    {
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);
        Index();

        var stats = IndexStatistics.Read(_index);

        Assert.Equal((3, 3, 3), (stats.Files, stats.Documents, stats.Passages));
        Assert.True(stats.SizeBytes > 0);
        Assert.InRange(stats.LastCommit!.Value, before, DateTimeOffset.UtcNow.AddSeconds(1));
        Assert.Null(stats.Writer);
    }

    [Fact]
    public void A_very_large_document_counts_once_and_is_ranked_whole_by_its_best_section()
    {
        // Given a document of three sections whose last line alone names the wreck
        var line = "The ferry timetable lists departures for every harbor on the coast each morning.\n";
        var atlas = string.Concat(Enumerable.Repeat(line, DocumentPassages.SectionChars * 5 / 2 / line.Length)) + "The wreck of the Marigold lies off the point.\n";
        _folder.Write("corpus/atlas.txt", atlas);

        // When the folder is indexed
        var report = Index();

        // Then it is one document of the four, and a document ranking finds it once by its last section
        Assert.Equal(4, report.Documents);
        Assert.Equal(4, IndexStatistics.Read(_index).Documents);
        using var retriever = new LuceneRetriever(_index);
        var ranked = retriever.RankDocuments("wreck Marigold", 10);
        Assert.Equal("atlas.txt", Assert.Single(ranked).DocId);
    }

    [Fact]
    public void A_file_that_runs_out_of_memory_while_written_is_skipped_whole_and_the_rest_is_indexed()
    {
        // Five documents in one file; taking the third runs out of memory, after Lucene has the first two.
        WriteLedger(documents: 5);
        using (var writer = new LuceneIndexer(_index))
        {
            var report = new CorpusIngest(new CorpusReader(), new PassageSplitter()).Run([_corpus], new RunsOutOfMemory(writer, "ledger.jsonl", afterDocuments: 2));

            var (path, reason) = Assert.Single(report.Skipped);
            Assert.EndsWith("ledger.jsonl", path);
            Assert.StartsWith("needed more memory to index than the limit allows", reason);
            Assert.Equal(3, report.Added);
            Assert.DoesNotContain(writer.Files.Keys, k => k.EndsWith("ledger.jsonl", StringComparison.Ordinal));
        }

        // None of its passages stay, the other files are there, and the next run reads it again, whole.
        using (var retriever = new LuceneRetriever(_index))
        {
            Assert.Empty(retriever.Retrieve("harbour dues tallow", 5));
            Assert.Single(retriever.Retrieve("schooner Kestrel", 5));
        }
        var again = Index();
        Assert.Equal((1, 3), (again.Added, again.Unchanged));
        using var reread = new LuceneRetriever(_index);
        Assert.Equal(5, reread.Retrieve("harbour dues tallow", 10).Count);
    }

    [Fact]
    public void A_file_that_runs_out_of_memory_is_read_again_alone_under_a_wider_limit_and_indexed_whole()
    {
        WriteLedger(documents: 5);
        var widened = new List<int>();
        var narrowed = 0;
        using (var writer = new LuceneIndexer(_index))
        {
            // The first try of ledger.jsonl runs out after two documents; the ingest may widen the limit twice.
            var ingest = new CorpusIngest(new CorpusReader(), new PassageSplitter())
            {
                WidenMemory = attempt =>
                {
                    if (attempt > 2) return null;
                    lock (widened) widened.Add(attempt);
                    return new Scope(() => Interlocked.Increment(ref narrowed));
                },
            };

            var report = ingest.Run([_corpus], new RunsOutOfMemory(writer, "ledger.jsonl", afterDocuments: 2, times: 1));

            Assert.Empty(report.Skipped);
            Assert.Equal(4, report.Added);
            Assert.Contains(report.Warnings, w => w.Item1.EndsWith("ledger.jsonl", StringComparison.Ordinal) && w.Item2.Contains("read again alone under a wider one"));
        }
        Assert.Equal([1], widened);
        Assert.Equal(1, narrowed);
        using var retriever = new LuceneRetriever(_index);
        Assert.Equal(5, retriever.Retrieve("harbour dues tallow", 10).Count);
        Assert.Equal(IndexStatistics.Read(_index).Passages, retriever.PassageCount);
    }

    [Fact]
    public void A_file_that_runs_out_under_every_wider_limit_is_skipped_after_the_last()
    {
        WriteLedger(documents: 1);
        var attempts = new List<int>();
        using var writer = new LuceneIndexer(_index);
        var ingest = new CorpusIngest(new CorpusReader(), new PassageSplitter())
        {
            WidenMemory = attempt =>
            {
                attempts.Add(attempt);
                return attempt > 2 ? null : new Scope(() => { });
            },
        };

        var report = ingest.Run([_corpus], new RunsOutOfMemory(writer, "ledger.jsonl", afterDocuments: 0, times: int.MaxValue));

        Assert.Equal([1, 2, 3], attempts);
        Assert.StartsWith("needed more memory to index", Assert.Single(report.Skipped).Item2);
    }

    /// <summary>corpus/ledger.jsonl: one document a line, each naming the harbour dues of its year.</summary>
    private void WriteLedger(int documents) =>
        _folder.Write("corpus/ledger.jsonl", string.Join("\n", Enumerable.Range(0, documents).Select(i =>
            $$"""{"_id": "l{{i}}", "title": "Ledger {{i}}", "text": "The harbour dues of {{1800 + i}} were paid in tallow."}""")));

    private sealed class Scope(Action dispose) : IDisposable
    {
        public void Dispose() => dispose();
    }

    /// <summary>
    /// An index that fails with <see cref="OutOfMemoryException"/> part-way through taking one file's documents, the
    /// first <paramref name="times"/> times it is given that file.
    /// </summary>
    private sealed class RunsOutOfMemory(LuceneIndexer inner, string fileName, int afterDocuments, int times = int.MaxValue) : IPassageIndex
    {
        private int _failures;

        public int ReplaceFile(string path, IEnumerable<DocumentPassages> documents, IndexedFile? file = null) =>
            inner.ReplaceFile(path, Path.GetFileName(path) == fileName && _failures++ < times ? Failing(documents) : documents, file);

        private IEnumerable<DocumentPassages> Failing(IEnumerable<DocumentPassages> documents)
        {
            var taken = 0;
            foreach (var document in documents)
            {
                if (taken++ == afterDocuments) throw new OutOfMemoryException();
                yield return document;
            }
        }

        public void Remember(IndexedFile file) => inner.Remember(file);
        public void RemoveFile(string path) => inner.RemoveFile(path);
        public IReadOnlyDictionary<string, IndexedFile> Files => inner.Files;
        public string BuildSettings { get => inner.BuildSettings; set => inner.BuildSettings = value; }
        public void Commit() => inner.Commit();
        public int PassageCount => inner.PassageCount;
        public void Dispose() { }
    }

    public void Dispose() => _folder.Dispose();
}
