using System.CommandLine;
using QaSearch;
using System.Diagnostics;
using Lucene.Net.Analysis.En;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using QaSearch.Core;
using QaSearch.Core.Corpus;
using QaSearch.Core.Retrieval;
using QaSearch.Lucene;
using Directory = System.IO.Directory;

namespace QaSearch.Cli.Commands;

/// <summary>
/// <c>qasearch bench</c>: indexing speed, search and ask latency and peak memory, each beside a bare Lucene.Net
/// baseline measured in the same run, reported as ratios because machines are noisy.
/// </summary>
internal static class BenchCommand
{
    public static Command Create()
    {
        var corpus = new Option<string?>("--corpus") { Description = "Files, folder or glob to index (default: the demo corpus)" };
        var minPassages = new Option<int>("--passages") { Description = "Replicate the corpus (copies of its files) until it has at least this many passages; 0 indexes it as it is", DefaultValueFactory = _ => 100_000 };
        var json = CliOptions.Json();
        var server = new Option<bool>("--server") { Description = "Instead: load-test 'serve' on loopback (concurrent clients asking for --seconds) beside in-process ask at the same concurrency" };
        var clients = new Option<int>("--clients") { Description = "Concurrent clients with --server", DefaultValueFactory = _ => 8 };
        var seconds = new Option<int>("--seconds") { Description = "How long each side of --server runs", DefaultValueFactory = _ => 30 };
        var queries = new Option<int>("--queries") { Description = "How many queries to time", DefaultValueFactory = _ => 1000 };
        var work = new Option<string>("--work") { Description = "Scratch folder for the two indexes", DefaultValueFactory = _ => Path.Combine(".qasearch", "bench") };
        var command = new Command("bench", "Measure indexing passages/s (files to index, as 'index' does it), search and ask latency (p50/p99) and peak memory, beside a single-threaded bare Lucene.Net loop over the same passages and queries.\n\nExamples:\n  ./qasearch bench --passages 100000\n  ./qasearch bench --corpus ../shared/data/lti-amandali7 --passages 0 --json")
        {
            corpus, minPassages, queries, work, json, server, clients, seconds,
        };
        command.SetAction(result => CommandGuard.Run(() =>
        {
            var workPath = result.GetValue(work)!;
            var asJson = result.GetValue(json);
            var say = asJson ? (Action<string>)(_ => { }) : Console.WriteLine;
            var (root, documents) = PrepareCorpus(result.GetValue(corpus), result.GetValue(minPassages), Path.Combine(workPath, "corpus"));
            var splitter = new PassageSplitter();
            if (result.GetValue(server))
            {
                var index = Path.Combine(workPath, "qasearch");
                IndexQaSearch(index, root, splitter);
                var loadQuestions = MakeQueries(documents.SelectMany(splitter.Split).ToList(), result.GetValue(queries));
                return ServerLoad.Run(index, loadQuestions, result.GetValue(clients), TimeSpan.FromSeconds(result.GetValue(seconds)), asJson, say);
            }
            var passages = documents.SelectMany(splitter.Split).ToList();
            say($"Corpus: {documents.Count:N0} documents, {passages.Count:N0} passages ({passages.Sum(p => (long)p.Text.Length) / 1e6:0.0} M characters).");

            // Indexing: each side twice, interleaved, best run kept. QaSearch indexes the files as 'index' does
            // (read, split, write on every core); the bare loop adds the same passages, already read and split, on one
            // thread, with the same fields and whole documents. A second bare loop without whole documents shows what
            // indexing documents whole costs.
            var qaDir = Path.Combine(workPath, "qasearch");
            var bareDir = Path.Combine(workPath, "bare");
            var texts = documents.GroupBy(d => d.DocId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => PassageFields.TitledText(g.First().Title, g.First().Text), StringComparer.Ordinal);
            double qaRate = 0, bareRate = 0, passagesOnlyRate = 0;
            for (var round = 0; round < 2; round++)
            {
                passagesOnlyRate = Math.Max(passagesOnlyRate, passages.Count / Time(() => IndexBare(bareDir, passages, null)));
                bareRate = Math.Max(bareRate, passages.Count / Time(() => IndexBare(bareDir, passages, texts)));
                qaRate = Math.Max(qaRate, passages.Count / Time(() => IndexQaSearch(qaDir, root, splitter)));
            }
            say($"Indexing  QaSearch {qaRate,10:N0} passages/s   bare Lucene {bareRate,10:N0} passages/s   ratio {bareRate / qaRate:0.00}x time");
            say($"          bare Lucene without whole documents {passagesOnlyRate,10:N0} passages/s: indexing documents whole costs {passagesOnlyRate / bareRate:0.00}x time");

            var questions = MakeQueries(passages, result.GetValue(queries));
            var (documentCount, passageCount) = (documents.Count, passages.Count);
            // The corpus held for the bare loops (2.5 GB for /usr/share/doc) is let go before anything is timed, so that
            // the searches run in a process of the size a real one has.
            (documents, passages, texts) = (null!, null!, null!);
            System.Runtime.GCSettings.LargeObjectHeapCompactionMode = System.Runtime.GCLargeObjectHeapCompactionMode.CompactOnce;
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);

            using var engine = QaEngine.Open(qaDir);
            var retriever = engine.Lucene;
            using var lease = retriever.Lease();
            // Each question timed on both sides in turn (its query built beforehand for the bare one), so that a noisy
            // machine's drift falls on both alike: timed in two blocks, QaSearch measured 1.48x a bare search on
            // /usr/share/doc, and a large index's latency here varied tenfold within the hour (its pages not kept cached).
            var searchable = questions.Select(q => (Question: q, Parsed: retriever.Queries.Build(q))).Where(q => q.Parsed is not null).ToList();
            // Asking is timed in the same turn, so that its ratio to a bare search is read off one stretch of time too.
            var timed = InterleavedLatencies(searchable, q => lease.Searcher.Search(q.Parsed!, 10), q => retriever.Retrieve(q.Question, 10), q => engine.Pipeline.Ask(q.Question));
            var (bare, ours, ask) = (timed[0], timed[1], timed[2]);
            say($"Search    QaSearch p50 {ours.P50,7:0.000} ms  p99 {ours.P99,7:0.000} ms   bare IndexSearcher.Search p50 {bare.P50,7:0.000} ms  p99 {bare.P99,7:0.000} ms   ratio p50 {ours.P50 / bare.P50:0.00}x  p99 {ours.P99 / bare.P99:0.00}x");
            var bareDocuments = Latencies(questions.Select(retriever.DocumentQueries.Build).Where(q => q is not null).Cast<Query>().ToList(), q => lease.Searcher.Search(q, 100));
            var documents100 = Latencies(questions, q => retriever.RankDocuments(q, 100));
            say($"Documents QaSearch p50 {documents100.P50,7:0.000} ms  p99 {documents100.P99,7:0.000} ms   bare IndexSearcher.Search p50 {bareDocuments.P50,7:0.000} ms  p99 {bareDocuments.P99,7:0.000} ms   ratio p50 {documents100.P50 / bareDocuments.P50:0.00}x  p99 {documents100.P99 / bareDocuments.P99:0.00}x   (top 100 whole documents)");
            say($"Ask       p50 {ask.P50,7:0.000} ms  p99 {ask.P99,7:0.000} ms   (retrieve 15 passages, read the 10 holding most of the question, extract)   ratio to bare search p50 {ask.P50 / bare.P50:0.00}x   extraction alone p50 ~{ask.P50 - ours.P50:0.000} ms = {(ask.P50 - ours.P50) / ours.P50:0.00}x our search");
            var peak = Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024.0);
            say($"Peak memory {peak:N0} MB (working set, whole run)");
            if (asJson)
            {
                Console.WriteLine(System.Text.Json.JsonSerializer.Serialize(new
                {
                    corpus = result.GetValue(corpus) ?? "demo", documents = documentCount, passages = passageCount, queries = questions.Count,
                    index_passages_per_s = Math.Round(qaRate), bare_index_passages_per_s = Math.Round(bareRate),
                    index_time_ratio = Math.Round(bareRate / qaRate, 3), whole_documents_cost = Math.Round(passagesOnlyRate / bareRate, 3),
                    search_p50_ms = Math.Round(ours.P50, 3), search_p99_ms = Math.Round(ours.P99, 3),
                    bare_search_p50_ms = Math.Round(bare.P50, 3), bare_search_p99_ms = Math.Round(bare.P99, 3),
                    search_p50_ratio = Math.Round(ours.P50 / bare.P50, 3), search_p99_ratio = Math.Round(ours.P99 / bare.P99, 3),
                    documents_p50_ratio = Math.Round(documents100.P50 / bareDocuments.P50, 3),
                    ask_p50_ms = Math.Round(ask.P50, 3), ask_p99_ms = Math.Round(ask.P99, 3),
                    ask_p50_over_bare_search = Math.Round(ask.P50 / bare.P50, 3),
                    peak_rss_mb = Math.Round(peak),
                }, CliJson.Options));
            }
            return CommandGuard.Ok;
        }));
        return command;
    }

    /// <summary>
    /// The corpus to index and its documents. Below <paramref name="minPassages"/> passages the files are copied into
    /// <paramref name="copyFolder"/> as many times as it takes (each copy a folder of its own, so its documents are
    /// distinct to the index); otherwise the files are indexed where they are.
    /// </summary>
    private static (string Root, List<SourceDocument> Documents) PrepareCorpus(string? corpusPath, int minPassages, string copyFolder)
    {
        var reader = new CorpusReader();
        var named = corpusPath ?? "demo";
        var files = CorpusPaths.Expand([named], new List<string>());
        if (files.Count == 0) throw new DirectoryNotFoundException($"no corpus files at {named}; pass --corpus");
        var originals = files.Select(reader.Read).SelectMany(r => r.Documents).ToList();
        var splitter = new PassageSplitter();
        var perCopy = originals.Sum(d => splitter.Split(d).Count);
        var copies = Math.Max(1, (int)Math.Ceiling(minPassages / (double)Math.Max(1, perCopy)));
        if (copies == 1 && Directory.Exists(named)) return (named, originals);
        if (Directory.Exists(copyFolder)) Directory.Delete(copyFolder, recursive: true);
        for (var c = 0; c < copies; c++)
            foreach (var file in files)
            {
                var target = Path.Combine(copyFolder, $"copy{c:D5}", file.RelativePath);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file.FullPath, target);
            }
        var copied = CorpusPaths.Expand([copyFolder], new List<string>());
        return (copyFolder, copied.Select(reader.Read).SelectMany(r => r.Documents).ToList());
    }

    /// <summary>QaSearch's indexing as the 'index' verb runs it: the files read, split and written on every core.</summary>
    private static void IndexQaSearch(string path, string corpus, PassageSplitter splitter)
    {
        using var indexer = new LuceneIndexer(path, create: true);
        new CorpusIngest(new CorpusReader(), splitter).Run([corpus], indexer, excludeFolders: [path]);
    }

    /// <summary>
    /// The baseline: the same passages and stored fields, added by a plain loop with no other work; with
    /// <paramref name="wholeTexts"/>, each document's first passage also carries its whole text, as QaSearch writes it.
    /// </summary>
    private static void IndexBare(string path, List<Passage> passages, Dictionary<string, string>? wholeTexts)
    {
        Directory.CreateDirectory(path);
        using var directory = FSDirectory.Open(path);
        // Lucene's own English analyzer: what QaSearch's analyzer adds to it is part of QaSearch's cost.
        using var analyzer = new EnglishAnalyzer(LuceneSettings.Version);
        using var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneSettings.Version, analyzer) { OpenMode = OpenMode.CREATE, RAMBufferSizeMB = 64 });
        foreach (var p in passages)
        {
            var document = new Document
            {
                new StringField(PassageFields.Id, p.Id, Field.Store.YES),
                new StringField(PassageFields.DocId, p.DocId, Field.Store.YES),
                new StringField(PassageFields.Path, p.Path, Field.Store.YES),
                new TextField(PassageFields.Title, p.Title, Field.Store.YES),
                new StoredField(PassageFields.Text, PassageRecordCodec.Encode(p) is null ? p.Text : ""),
                new TextField(PassageFields.Contents, PassageFields.TitledText(p.Title, p.Text), Field.Store.NO),
                new StoredField(PassageFields.Start, p.Start),
                new StoredField(PassageFields.End, p.End),
                new StoredField(PassageFields.Ordinal, p.Ordinal),
                new BinaryDocValuesField(PassageFields.PassageRecord, new BytesRef(PassageRecordCodec.Encode(p) ?? [])),
            };
            if (wholeTexts is not null && p.Ordinal == 0)
            {
                document.Add(new TextField(PassageFields.Document, wholeTexts[p.DocId], Field.Store.NO));
                document.Add(new TextField(PassageFields.DocumentTitle, p.Title, Field.Store.NO));
            }
            writer.AddDocument(document);
        }
        writer.Commit();
    }

    /// <summary>Queries made from the corpus itself: the demo questions' style is short, so take 6 to 12 words of a random passage.</summary>
    private static List<string> MakeQueries(List<Passage> passages, int count)
    {
        var random = new Random(42);
        return Enumerable.Range(0, count).Select(_ =>
        {
            var words = passages[random.Next(passages.Count)].Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            var take = Math.Min(words.Length, random.Next(6, 13));
            var start = random.Next(Math.Max(1, words.Length - take + 1));
            return "What " + string.Join(' ', words.Skip(start).Take(take)) + "?";
        }).ToList();
    }

    private static (double P50, double P99) Latencies<T>(List<T> queries, Action<T> run)
    {
        foreach (var q in queries.Take(100)) run(q); // warm-up: JIT and OS caches
        var times = new List<double>(queries.Count);
        foreach (var q in queries)
        {
            var start = Stopwatch.GetTimestamp();
            run(q);
            times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }
        return Percentiles(times);
    }

    /// <summary>
    /// The p50 and p99 of several ways of running each query, all timed on each query before the next one, their order
    /// turning from query to query so that none is always the one that finds the caches warm.
    /// </summary>
    private static (double P50, double P99)[] InterleavedLatencies<T>(List<T> queries, params Action<T>[] runs)
    {
        foreach (var q in queries.Take(100)) foreach (var run in runs) run(q); // warm-up: JIT and OS caches
        var times = runs.Select(_ => new List<double>(queries.Count)).ToArray();
        for (var i = 0; i < queries.Count; i++)
            for (var k = 0; k < runs.Length; k++)
            {
                var which = (i + k) % runs.Length;
                var start = Stopwatch.GetTimestamp();
                runs[which](queries[i]);
                times[which].Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
        return times.Select(Percentiles).ToArray();
    }

    private static (double P50, double P99) Percentiles(List<double> times)
    {
        times.Sort();
        return (times[times.Count / 2], times[Math.Min(times.Count - 1, (int)(times.Count * 0.99))]);
    }

    private static double Time(Action action)
    {
        var clock = Stopwatch.StartNew();
        action();
        return clock.Elapsed.TotalSeconds;
    }
}
