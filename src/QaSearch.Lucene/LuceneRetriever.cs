using Lucene.Net.Analysis;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using QaSearch.Core.Records;
using QaSearch.Core.Retrieval;
using Directory = Lucene.Net.Store.Directory;

namespace QaSearch.Lucene;

/// <summary>
/// BM25 retrieval of passages from an on-disk index. Thread-safe: each search leases a searcher.
/// Dispose to close the index.
/// </summary>
public sealed class LuceneRetriever : IRetriever, IDocumentRanker, IRecordSource, IDocumentStore, IDisposable
{
    private readonly Directory _directory;
    private readonly Analyzer _analyzer;
    private readonly SearcherManager _manager;
    private readonly FeedbackExpander? _feedback;
    private readonly FeedbackExpander? _documentFeedback;
    private readonly DocumentScoring _documentScoring;

    /// <summary>Opens the index in <paramref name="indexPath"/>.</summary>
    /// <exception cref="IndexUnavailableException">There is no index there, or it cannot be read.</exception>
    public LuceneRetriever(string indexPath, RetrievalSettings? settings = null)
        : this(OpenExisting(indexPath), settings, indexPath)
    {
    }

    /// <summary>Searches <paramref name="directory"/>, which the retriever then owns and disposes.</summary>
    public LuceneRetriever(Directory directory, RetrievalSettings? settings = null, string? name = null)
    {
        settings ??= new RetrievalSettings();
        settings.Validate();
        _directory = directory;
        _analyzer = LuceneSettings.CreateAnalyzer();
        Queries = new QueryBuilder(_analyzer, titleWeight: settings.TitleWeight, proximityWeight: settings.ProximityWeight, proximityWindow: settings.ProximityWindow);
        _feedback = settings.Feedback is { } feedback ? new FeedbackExpander(Queries, feedback) : null;
        DocumentQueries = new QueryBuilder(_analyzer, PassageFields.Document, settings.TitleWeight, settings.ProximityWeight, settings.ProximityWindow, PassageFields.DocumentTitle);
        _documentFeedback = settings.Feedback is { } documentFeedback ? new FeedbackExpander(DocumentQueries, documentFeedback) : null;
        _documentScoring = settings.DocumentScoring;
        try
        {
            _manager = new SearcherManager(_directory, new Bm25SearcherFactory(LuceneSettings.CreateSimilarity(settings.Bm25)));
            using var lease = new SearcherLease(_manager);
            var reader = lease.Searcher.IndexReader;
            HasWholeDocuments = reader.NumDocs == 0 || MultiFields.GetTerms(reader, PassageFields.Document) is not null;
        }
        catch (Exception e) when (e is IOException or IndexNotFoundException or CorruptIndexException)
        {
            _analyzer.Dispose();
            _directory.Dispose();
            throw new IndexUnavailableException($"cannot read the index in {name ?? "the directory"} ({e.Message}); rebuild it with ./qasearch index PATH", e);
        }
    }

    /// <summary>Builds the queries this retriever runs (exposed so a benchmark can run the very same queries bare).</summary>
    internal QueryBuilder Queries { get; }

    /// <summary>Builds the queries document rankings run over whole documents (exposed for the same reason).</summary>
    internal QueryBuilder DocumentQueries { get; }

    /// <summary>Passages in the index.</summary>
    public int PassageCount
    {
        get
        {
            using var lease = new SearcherLease(_manager);
            return lease.Searcher.IndexReader.NumDocs;
        }
    }

    /// <summary>
    /// Moves new searches to the index's latest commit (from <c>index</c> or <c>watch</c> in any process), if there is
    /// one; searches under way finish on the commit they started on. Returns true when a newer commit was opened.
    /// </summary>
    public bool Refresh() => _manager.MaybeRefresh();

    /// <summary>The passages of document <paramref name="docId"/> in order, read from the index; empty when it holds no such document.</summary>
    public IReadOnlyList<QaSearch.Core.Passage> Document(string docId)
    {
        ArgumentNullException.ThrowIfNull(docId);
        using var lease = new SearcherLease(_manager);
        var searcher = lease.Searcher;
        var term = new Term(PassageFields.DocId, docId);
        // As many hits as the document has passages: a queue sized to the whole index costs more than the search.
        var hits = searcher.Search(new TermQuery(term), Math.Max(1, searcher.IndexReader.DocFreq(term)));
        return hits.ScoreDocs.Select(h => StoredPassages.Read(searcher.IndexReader, h.Doc))
            .OrderBy(p => p.Path, StringComparer.Ordinal).ThenBy(p => p.Ordinal).ToList();
    }

    /// <inheritdoc />
    public long Version
    {
        get
        {
            using var lease = new SearcherLease(_manager);
            return ((DirectoryReader)lease.Searcher.IndexReader).Version;
        }
    }

    /// <inheritdoc />
    public IReadOnlyDictionary<string, int> FieldNames()
    {
        using var lease = new SearcherLease(_manager);
        var names = new Dictionary<string, int>(StringComparer.Ordinal);
        var terms = MultiFields.GetTerms(lease.Searcher.IndexReader, PassageFields.RecordField);
        if (terms is null) return names;
        var iterator = terms.GetEnumerator();
        while (iterator.MoveNext())
            if (iterator.Term.Utf8ToString() is var name && name != PassageFields.AnyRecord) names[name] = iterator.DocFreq;
        return names;
    }

    /// <inheritdoc />
    public IReadOnlyList<string> DocumentsWithField(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        using var lease = new SearcherLease(_manager);
        var searcher = lease.Searcher;
        var term = new Term(PassageFields.RecordField, name);
        var hits = searcher.Search(new ConstantScoreQuery(new TermQuery(term)), Math.Max(1, searcher.IndexReader.DocFreq(term)));
        return hits.ScoreDocs.Select(h => StoredPassages.DocId(searcher.IndexReader, h.Doc)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
    }

    /// <inheritdoc />
    public IReadOnlyList<QaSearch.Core.Passage> RecordPassages(string docId)
    {
        ArgumentNullException.ThrowIfNull(docId);
        using var lease = new SearcherLease(_manager);
        var searcher = lease.Searcher;
        var withRecords = new BooleanQuery
        {
            { new TermQuery(new Term(PassageFields.DocId, docId)), Occur.MUST },
            { new TermQuery(new Term(PassageFields.RecordField, PassageFields.AnyRecord)), Occur.MUST },
        };
        var hits = searcher.Search(withRecords, Math.Max(1, searcher.IndexReader.DocFreq(new Term(PassageFields.DocId, docId)))).ScoreDocs;
        return WithNeighbours(searcher, hits.Select(h => StoredPassages.Read(searcher.IndexReader, h.Doc)));
    }

    /// <inheritdoc />
    public IReadOnlyList<QaSearch.Core.Passage> PassagesMatching(string query, int top)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(top);
        using var lease = new SearcherLease(_manager);
        var searcher = lease.Searcher;
        if (Queries.ToQuery(Queries.Analyze(query).Weights()) is not { } scored) return [];
        var filtered = new FilteredQuery(scored, new QueryWrapperFilter(new TermQuery(new Term(PassageFields.RecordField, PassageFields.AnyRecord))));
        return WithNeighbours(searcher, TopThroughTies(searcher, filtered, top, PassageFields.Id).Select(h => StoredPassages.Read(searcher.IndexReader, h.Doc)));
    }

    /// <summary>The passages and the one before and after each (a record cut between two passages), in document order.</summary>
    private static List<QaSearch.Core.Passage> WithNeighbours(IndexSearcher searcher, IEnumerable<QaSearch.Core.Passage> found)
    {
        var passages = found.ToDictionary(p => p.Id, StringComparer.Ordinal);
        var neighbours = passages.Values
            .SelectMany(p => new[] { p.Ordinal - 1, p.Ordinal + 1 }.Where(o => o >= 0).Select(o => QaSearch.Core.Passage.MakeId(p.DocId, o)))
            .Where(id => !passages.ContainsKey(id))
            .ToList();
        foreach (var (id, doc) in StoredPassages.DocsById(searcher.IndexReader, neighbours))
            passages[id] = StoredPassages.Read(searcher.IndexReader, doc);
        return passages.Values.OrderBy(p => p.DocId, StringComparer.Ordinal).ThenBy(p => p.Path, StringComparer.Ordinal).ThenBy(p => p.Ordinal).ToList();
    }

    /// <summary>Leases a searcher for direct use (benchmarks, batch runs).</summary>
    internal SearcherLease Lease() => new(_manager);

    public IReadOnlyList<RetrievedPassage> Retrieve(string query, int top)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(top);
        using var lease = new SearcherLease(_manager);
        return Search(lease.Searcher, Queries, _feedback, query, top, PassageFields.Id)
            .Select(hit => (Passage: StoredPassages.Read(lease.Searcher.IndexReader, hit.Doc), hit.Score))
            .OrderByDescending(h => h.Score)
            .ThenBy(h => h.Passage.Id, StringComparer.Ordinal)
            .Select((h, rank) => new RetrievedPassage(h.Passage, h.Score, rank))
            .ToList();
    }

    /// <summary>
    /// The top <paramref name="top"/> documents for <paramref name="query"/>, each once. With whole-document scoring
    /// (the default) each document is scored as one text; with MaxP, or over an index built before documents were
    /// indexed whole, by its best passage.
    /// </summary>
    public IReadOnlyList<RankedDocument> RankDocuments(string query, int top)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(top);
        using var lease = new SearcherLease(_manager);
        var reader = lease.Searcher.IndexReader;
        if (_documentScoring == DocumentScoring.MaxP || !HasWholeDocuments) return DocumentRanking.MaxP(this, query, top);
        return Search(lease.Searcher, DocumentQueries, _documentFeedback, query, top, PassageFields.DocId)
            .Select(hit => (DocId: StoredPassages.DocId(reader, hit.Doc), hit.Score))
            .OrderByDescending(d => d.Score).ThenBy(d => d.DocId, StringComparer.Ordinal)
            .DistinctBy(d => d.DocId, StringComparer.Ordinal) // one id given to two documents (a JSONL _id repeated apart)
            .Select((d, i) => new RankedDocument(d.DocId, d.Score, i + 1))
            .ToList();
    }

    /// <summary>
    /// Hits fetched past the cut, so that passages tied in score at the cut are chosen by id rather than by their order
    /// in the index, which parallel indexing does not fix.
    /// </summary>
    private const int TieMargin = 16;

    /// <summary>The top hits for <paramref name="query"/> as <paramref name="queries"/> builds it (expanded by <paramref name="feedback"/> if on), cut as <see cref="TopThroughTies"/> cuts.</summary>
    private static ScoreDoc[] Search(IndexSearcher searcher, QueryBuilder queries, FeedbackExpander? feedback, string query, int top, string idField)
    {
        // Analyse once, misspelt words mended: the terms give the weights (expanded by feedback, if on) and the proximity pairs.
        var asked = queries.Analyze(query);
        var analyzed = asked.With(Misspellings.Corrections(searcher.IndexReader, queries.Field, asked.Sequence));
        var weights = analyzed.Weights();
        AddOtherForms(weights, AbbreviationTable.Of(searcher.IndexReader).OtherForms(query), queries, analyzed.Sequence.Count);
        if (feedback is not null) weights = feedback.Expand(searcher, weights);
        var parsed = queries.ToQuery(weights, queries.Pairs(analyzed.Sequence));
        return parsed is null ? [] : TopThroughTies(searcher, parsed, top, idField);
    }

    /// <summary>
    /// Adds the other forms of the question's abbreviations (<see cref="AbbreviationTable.OtherForms"/>) to its term
    /// weights, each form weighing as one more question word (a long form's words share that weight): a passage that
    /// writes "MHS" for the question's "Master of Harbour Studies" matches it.
    /// </summary>
    private static void AddOtherForms(Dictionary<string, double> weights, List<string> forms, QueryBuilder queries, int positions)
    {
        if (positions == 0) return;
        foreach (var form in forms)
        {
            var terms = queries.Analyze(form).Sequence;
            foreach (var term in terms)
                weights[term] = weights.GetValueOrDefault(term) + 1.0 / terms.Count / positions;
        }
    }

    /// <summary>
    /// The top <paramref name="top"/> hits for <paramref name="query"/>, with hits tied in score at the cut chosen by
    /// their <paramref name="idField"/> value (<see cref="StoredPassages.Cut"/>). A margin of hits is fetched past the
    /// cut; when every hit of the margin still ties the cut (a boilerplate paragraph saved in forty pages), more are
    /// fetched until the tie ends, so the answer never depends on the order parallel indexing added the documents in.
    /// </summary>
    private static ScoreDoc[] TopThroughTies(IndexSearcher searcher, Query query, int top, string idField)
    {
        var fetch = top + TieMargin;
        var found = searcher.Search(query, fetch);
        while (found.ScoreDocs.Length == fetch && found.TotalHits > fetch && found.ScoreDocs[^1].Score == found.ScoreDocs[top - 1].Score)
        {
            fetch = (int)Math.Min((long)fetch * 2, found.TotalHits);
            found = searcher.Search(query, fetch);
        }
        return StoredPassages.Cut(searcher.IndexReader, found.ScoreDocs, top, idField);
    }

    /// <summary>
    /// Whether the index holds whole documents (indexes built before they were lack them and rank by MaxP). Read once
    /// when the retriever opens: its searcher is never refreshed, so the answer cannot change.
    /// </summary>
    public bool HasWholeDocuments { get; }

    private static Directory OpenExisting(string indexPath)
    {
        if (!System.IO.Directory.Exists(indexPath))
            throw new IndexUnavailableException($"no index at {indexPath}; build one first: ./qasearch index PATH --index {indexPath}");
        var directory = FSDirectory.Open(new DirectoryInfo(indexPath));
        if (!DirectoryReader.IndexExists(directory))
        {
            directory.Dispose();
            throw new IndexUnavailableException($"{indexPath} holds no index yet; build one first: ./qasearch index PATH --index {indexPath}");
        }
        return directory;
    }

    public void Dispose()
    {
        _manager.Dispose();
        _analyzer.Dispose();
        _directory.Dispose();
    }

    /// <summary>Gives every searcher the BM25 similarity the retriever was configured with.</summary>
    private sealed class Bm25SearcherFactory(Similarity similarity) : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = similarity };
    }
}
