using System.CommandLine;
using System.Diagnostics;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
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
        var corpus = new Option<string?>("--corpus") { Description = "Corpus to index (default: the demo corpus, replicated)" };
        var minPassages = new Option<int>("--passages") { Description = "Replicate the corpus until it has at least this many passages", DefaultValueFactory = _ => 100_000 };
        var queries = new Option<int>("--queries") { Description = "How many queries to time", DefaultValueFactory = _ => 1000 };
        var work = new Option<string>("--work") { Description = "Scratch folder for the two indexes", DefaultValueFactory = _ => Path.Combine(".qasearch", "bench") };
        var command = new Command("bench", "Measure indexing passages/s, search and ask latency (p50/p99) and peak memory, beside a bare Lucene.Net loop on the same passages and queries.\n\nExample:\n  ./qasearch bench --passages 100000")
        {
            corpus, minPassages, queries, work,
        };
        command.SetAction(result => CommandGuard.Run(() =>
        {
            var workPath = result.GetValue(work)!;
            var documents = LoadDocuments(result.GetValue(corpus), result.GetValue(minPassages));
            var splitter = new PassageSplitter();
            var passages = documents.SelectMany(splitter.Split).ToList();
            Console.WriteLine($"Corpus: {documents.Count:N0} documents, {passages.Count:N0} passages ({passages.Sum(p => (long)p.Text.Length) / 1e6:0.0} M characters).");

            // Indexing: each side twice, interleaved, best run kept. The bare loop writes the same fields, whole
            // documents included; a second bare loop without them shows what indexing documents whole costs.
            var qaDir = Path.Combine(workPath, "qasearch");
            var bareDir = Path.Combine(workPath, "bare");
            var texts = documents.ToDictionary(d => d.DocId, d => PassageFields.TitledText(d.Title, d.Text), StringComparer.Ordinal);
            double qaRate = 0, bareRate = 0, passagesOnlyRate = 0;
            for (var round = 0; round < 2; round++)
            {
                passagesOnlyRate = Math.Max(passagesOnlyRate, passages.Count / Time(() => IndexBare(bareDir, passages, null)));
                bareRate = Math.Max(bareRate, passages.Count / Time(() => IndexBare(bareDir, passages, texts)));
                qaRate = Math.Max(qaRate, passages.Count / Time(() => IndexQaSearch(qaDir, documents, splitter)));
            }
            Console.WriteLine($"Indexing  QaSearch {qaRate,10:N0} passages/s   bare Lucene {bareRate,10:N0} passages/s   ratio {bareRate / qaRate:0.00}x time");
            Console.WriteLine($"          bare Lucene without whole documents {passagesOnlyRate,10:N0} passages/s: indexing documents whole costs {passagesOnlyRate / bareRate:0.00}x time");

            using var session = new QaSession(qaDir, new RetrievalSettings(), 10);
            var questions = MakeQueries(passages, result.GetValue(queries));
            var parsed = questions.Select(q => session.Retriever.Queries.Build(q)).Where(q => q is not null).Cast<Query>().ToList();
            using (var lease = session.Retriever.Lease())
            {
                var bare = Latencies(parsed, q => lease.Searcher.Search(q, 10));
                var ours = Latencies(questions, q => session.Retriever.Retrieve(q, 10));
                var ask = Latencies(questions, q => session.Pipeline.Ask(q));
                Console.WriteLine($"Search    QaSearch p50 {ours.P50,7:0.000} ms  p99 {ours.P99,7:0.000} ms   bare IndexSearcher.Search p50 {bare.P50,7:0.000} ms  p99 {bare.P99,7:0.000} ms   ratio p50 {ours.P50 / bare.P50:0.00}x  p99 {ours.P99 / bare.P99:0.00}x");
                var bareDocuments = Latencies(questions.Select(session.Retriever.DocumentQueries.Build).Where(q => q is not null).Cast<Query>().ToList(), q => lease.Searcher.Search(q, 100));
                var documents100 = Latencies(questions, q => session.Retriever.RankDocuments(q, 100));
                Console.WriteLine($"Documents QaSearch p50 {documents100.P50,7:0.000} ms  p99 {documents100.P99,7:0.000} ms   bare IndexSearcher.Search p50 {bareDocuments.P50,7:0.000} ms  p99 {bareDocuments.P99,7:0.000} ms   ratio p50 {documents100.P50 / bareDocuments.P50:0.00}x  p99 {documents100.P99 / bareDocuments.P99:0.00}x   (top 100 whole documents)");
                Console.WriteLine($"Ask       p50 {ask.P50,7:0.000} ms  p99 {ask.P99,7:0.000} ms   (retrieve 10 passages + extract)   ratio to bare search p50 {ask.P50 / bare.P50:0.00}x   extraction alone p50 ~{ask.P50 - ours.P50:0.000} ms = {(ask.P50 - ours.P50) / ours.P50:0.00}x our search");
            }
            Console.WriteLine($"Peak memory {Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024.0):N0} MB (working set, whole run)");
            return CommandGuard.Ok;
        }));
        return command;
    }

    private static List<SourceDocument> LoadDocuments(string? corpusPath, int minPassages)
    {
        var reader = new CorpusReader();
        var files = CorpusPaths.Expand([corpusPath ?? "demo"], new List<string>());
        if (files.Count == 0) throw new DirectoryNotFoundException($"no corpus files at {corpusPath ?? "demo"}; pass --corpus");
        var originals = files.Select(reader.Read).SelectMany(r => r.Documents).ToList();
        var splitter = new PassageSplitter();
        var perCopy = originals.Sum(d => splitter.Split(d).Count);
        var copies = corpusPath is null ? Math.Max(1, (int)Math.Ceiling(minPassages / (double)Math.Max(1, perCopy))) : 1;
        // Copies get their own ids and paths, so they are distinct documents to the index.
        return Enumerable.Range(0, copies).SelectMany(c => originals.Select(d =>
            c == 0 ? d : d with { DocId = $"{d.DocId}~{c}", Path = $"{d.Path}~{c}" })).ToList();
    }

    private static void IndexQaSearch(string path, List<SourceDocument> documents, PassageSplitter splitter)
    {
        using var indexer = new LuceneIndexer(path, create: true);
        foreach (var document in documents)
            indexer.ReplaceFile(document.Path, splitter.Split(document));
        indexer.Commit();
    }

    /// <summary>
    /// The baseline: the same passages and stored fields, added by a plain loop with no other work; with
    /// <paramref name="wholeTexts"/>, each document's first passage also carries its whole text, as QaSearch writes it.
    /// </summary>
    private static void IndexBare(string path, List<Passage> passages, Dictionary<string, string>? wholeTexts)
    {
        Directory.CreateDirectory(path);
        using var directory = FSDirectory.Open(path);
        using var analyzer = LuceneSettings.CreateAnalyzer();
        using var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneSettings.Version, analyzer) { OpenMode = OpenMode.CREATE, RAMBufferSizeMB = 64 });
        foreach (var p in passages)
        {
            var document = new Document
            {
                new StringField(PassageFields.Id, p.Id, Field.Store.YES),
                new StringField(PassageFields.DocId, p.DocId, Field.Store.YES),
                new StringField(PassageFields.Path, p.Path, Field.Store.YES),
                new TextField(PassageFields.Title, p.Title, Field.Store.YES),
                new StoredField(PassageFields.Text, p.Text),
                new TextField(PassageFields.Contents, PassageFields.TitledText(p.Title, p.Text), Field.Store.NO),
                new StoredField(PassageFields.Start, p.Start),
                new StoredField(PassageFields.End, p.End),
                new StoredField(PassageFields.Ordinal, p.Ordinal),
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
