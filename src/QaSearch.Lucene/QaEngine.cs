using System.Runtime.CompilerServices;
using QaSearch.Core;
using QaSearch.Core.Answering;
using QaSearch.Core.Corpus;
using QaSearch.Core.Extraction;
using QaSearch.Core.Retrieval;
using QaSearch.Lucene;

namespace QaSearch;

/// <summary>
/// QaSearch as a library: an opened index with the whole pipeline over it (BM25 retrieval, then the answer
/// extractor), the same one the CLI and the server run. Open once and share: every member is thread-safe. Dispose to
/// close the index.
/// </summary>
/// <example>
/// <code>
/// await QaEngine.IndexAsync("index", ["docs/"]);
/// using var engine = QaEngine.Open("index");
/// var answer = await engine.AskAsync("When was the lighthouse built?");
/// Console.WriteLine(answer.Text ?? "no answer");
/// </code>
/// </example>
public sealed class QaEngine : IDisposable
{
    private readonly LuceneRetriever _retriever;

    private QaEngine(string indexPath, LuceneRetriever retriever, QaPipeline pipeline)
    {
        IndexPath = indexPath;
        _retriever = retriever;
        Pipeline = pipeline;
    }

    /// <summary>The index folder.</summary>
    public string IndexPath { get; }

    /// <summary>The pipeline: retrieval then extraction.</summary>
    public QaPipeline Pipeline { get; }

    /// <summary>The retriever, for passage searches and document rankings.</summary>
    public IRetriever Retriever => _retriever;

    /// <summary>The Lucene retriever itself, for the benchmark's bare baseline (same queries, same searcher).</summary>
    internal LuceneRetriever Lucene => _retriever;

    /// <summary>Opens the index in <paramref name="indexPath"/>.</summary>
    /// <exception cref="IndexUnavailableException">There is no index there, or it cannot be read; the message says what to do.</exception>
    /// <exception cref="ArgumentException">An option is out of range.</exception>
    public static QaEngine Open(string indexPath, QaEngineOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(indexPath);
        options ??= new QaEngineOptions();
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.Passages);
        var retriever = new LuceneRetriever(indexPath, options.Retrieval);
        return new QaEngine(indexPath, retriever, new QaPipeline(retriever, new AnswerExtractor(options.Extractor), options.Passages));
    }

    /// <summary>
    /// An engine over <paramref name="documents"/> alone, indexed in memory and gone on dispose: for a question with its
    /// own context (a question file), whose passages are ranked by BM25 against the question like any index's.
    /// </summary>
    public static QaEngine OpenInMemory(IEnumerable<SourceDocument> documents, QaEngineOptions? options = null, SplitterOptions? splitter = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        options ??= new QaEngineOptions();
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.Passages);
        var directory = new global::Lucene.Net.Store.RAMDirectory();
        var split = new PassageSplitter(splitter);
        using (var writer = LuceneIndexer.Borrowing(directory, options.Retrieval.Bm25))
        {
            writer.Add(documents.Select(document => DocumentPassages.Split(document, split)));
            writer.Commit();
        }
        var retriever = new LuceneRetriever(directory, options.Retrieval, "(in memory)");
        return new QaEngine("(in memory)", retriever, new QaPipeline(retriever, new AnswerExtractor(options.Extractor), options.Passages));
    }

    /// <summary>Answers one question: the span, its confidence, source and evidence, or a null answer when nothing supports one.</summary>
    public Task<Answer> AskAsync(string question, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(question);
        return Task.Run(() => Pipeline.Ask(question), cancellation);
    }

    /// <summary>The top <paramref name="top"/> passages for <paramref name="query"/>, best first.</summary>
    public Task<IReadOnlyList<RetrievedPassage>> SearchAsync(string query, int top = 10, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(top);
        return Task.Run(() => _retriever.Retrieve(query, top), cancellation);
    }

    /// <summary>Answers many questions on every core, yielding each answer in input order as soon as it and those before it are done.</summary>
    public async IAsyncEnumerable<Answer> AnswerManyAsync(IEnumerable<string> questions, [EnumeratorCancellation] CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(questions);
        var window = new Queue<Task<Answer>>();
        foreach (var question in questions)
        {
            window.Enqueue(AskAsync(question, cancellation));
            if (window.Count >= 2 * Environment.ProcessorCount) yield return await window.Dequeue();
        }
        while (window.Count > 0) yield return await window.Dequeue();
    }

    /// <summary>Passages in the index, as of the commit the engine reads.</summary>
    public int PassageCount => _retriever.PassageCount;

    /// <summary>The passages of document <paramref name="docId"/> in order, read from the index (empty when it holds none).</summary>
    public IReadOnlyList<Passage> Document(string docId) => _retriever.Document(docId);

    /// <summary>What the index holds now (files, documents, passages, size, last commit, settings).</summary>
    public Task<IndexStatistics> StatsAsync(CancellationToken cancellation = default) =>
        Task.Run(() => IndexStatistics.Read(IndexPath), cancellation);

    /// <summary>Moves to the index's latest commit (from another process's <c>index</c> or <c>watch</c>); true when there was a newer one.</summary>
    public bool Refresh() => _retriever.Refresh();

    /// <summary>
    /// Reads files, folders and globs into the index at <paramref name="indexPath"/> (created if needed), in sync with
    /// them: only changed files are read again and files gone from an indexed folder are removed. Takes the index's
    /// writer lock for the run, commits as it goes, and never aborts on a bad file.
    /// </summary>
    /// <param name="indexPath">The index folder.</param>
    /// <param name="paths">Files, folders (read recursively) and globs.</param>
    /// <param name="options">Fresh or sync, file limits, passage sizes, commit interval, lock wait.</param>
    /// <param name="onFile">Called after each file read (added, updated or skipped), one call at a time.</param>
    /// <param name="onWaiting">Called once with the holder when waiting for another writer (see <see cref="IndexingOptions.LockWait"/>).</param>
    /// <param name="cancellation">Stops after the files being written; what was written is committed, and the same call again completes it.</param>
    /// <exception cref="IndexUnavailableException">Another process is writing the index (and the wait ran out), or the folder cannot be written.</exception>
    public static Task<IngestReport> IndexAsync(string indexPath, IEnumerable<string> paths, IndexingOptions? options = null,
        Action<FileReadResult>? onFile = null, Action<IndexLockHolder?>? onWaiting = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(indexPath);
        ArgumentNullException.ThrowIfNull(paths);
        options ??= new IndexingOptions();
        var named = paths.ToList();
        return Task.Run(() =>
        {
            using var writer = new LuceneIndexer(indexPath, create: options.Fresh, lockWait: options.LockWait, onWaiting: onWaiting);
            return Ingest(options).Run(named, writer, onFile, excludeFolders: [indexPath], cancellation: cancellation);
        }, cancellation);
    }

    /// <summary>
    /// Indexes <paramref name="folders"/> into the index at <paramref name="indexPath"/> as <see cref="IndexAsync"/> does,
    /// then keeps it in sync while their files change (<see cref="CorpusWatcher"/>), holding the writer lock, until
    /// <paramref name="cancellation"/> fires; what was synced is committed.
    /// </summary>
    /// <param name="indexPath">The index folder.</param>
    /// <param name="folders">Folders to index and watch.</param>
    /// <param name="options">As for <see cref="IndexAsync"/> (<see cref="IndexingOptions.Fresh"/> applies to the first sync).</param>
    /// <param name="debounce">Quiet time after the last change before a sync.</param>
    /// <param name="onSync">Called after each sync with its report and the passages the index then holds.</param>
    /// <param name="onWatching">Called once events are set up: true when the file system reports changes, false when polling.</param>
    /// <param name="onWaiting">Called once with the holder when waiting for another writer.</param>
    /// <param name="cancellation">Stops watching.</param>
    public static void Watch(string indexPath, IReadOnlyList<string> folders, IndexingOptions? options, TimeSpan debounce,
        Action<IngestReport, int> onSync, Action<bool>? onWatching = null, Action<IndexLockHolder?>? onWaiting = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(indexPath);
        ArgumentNullException.ThrowIfNull(onSync);
        options ??= new IndexingOptions();
        using var writer = new LuceneIndexer(indexPath, create: options.Fresh, lockWait: options.LockWait, onWaiting: onWaiting);
        new CorpusWatcher(Ingest(options), writer) { Debounce = debounce }
            .Run(folders, report => onSync(report, writer.PassageCount), excludeFolders: [indexPath], onWatching, cancellation);
    }

    private static CorpusIngest Ingest(IndexingOptions options) =>
        new(new CorpusReader(options.Reader), new PassageSplitter(options.Splitter)) { CommitInterval = options.CommitInterval, WidenMemory = options.WidenMemory };

    public void Dispose() => _retriever.Dispose();
}
