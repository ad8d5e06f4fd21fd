using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using QaSearch.Core;
using QaSearch.Core.Corpus;
using QaSearch.Core.Retrieval;
using Directory = Lucene.Net.Store.Directory;

namespace QaSearch.Lucene;

/// <summary>
/// Writes passages into an on-disk Lucene index, creating it if needed. Re-indexing a file replaces its passages.
/// The first passage of each document also carries the whole document in <see cref="PassageFields.Document"/>, so
/// documents can be ranked as wholes. Not thread-safe; dispose to commit nothing further and release the write lock.
/// </summary>
/// <remarks>
/// Opened by path, it first takes the folder's <see cref="IndexWriterLock"/>, so a second process never writes the
/// same index. Each <see cref="Commit"/> records the files it holds (<see cref="IndexManifest"/>) in the same Lucene
/// commit as their passages, so that after a crash the index and its list of files agree: the next run reads
/// exactly the files the last commit lacks.
/// </remarks>
public sealed class LuceneIndexer : IPassageIndex
{
    private readonly Directory _directory;
    private readonly Analyzer _analyzer;
    private readonly IndexWriter _writer;
    private readonly IndexWriterLock? _lock;
    private readonly IndexManifest _manifest;

    // One document with its fields, refilled for each passage: Lucene's advice for indexing speed.
    private readonly Document _document = new();
    private readonly Document _firstOfDocument = new();
    private readonly StringField _id = new(PassageFields.Id, "", Field.Store.YES);
    private readonly StringField _docId = new(PassageFields.DocId, "", Field.Store.YES);
    private readonly StringField _path = new(PassageFields.Path, "", Field.Store.YES);
    private readonly TextField _title = new(PassageFields.Title, "", Field.Store.YES);
    private readonly StoredField _text = new(PassageFields.Text, "");
    private readonly TextField _contents = new(PassageFields.Contents, "", Field.Store.NO);
    private readonly StoredField _start = new(PassageFields.Start, 0);
    private readonly StoredField _end = new(PassageFields.End, 0);
    private readonly StoredField _ordinal = new(PassageFields.Ordinal, 0);
    private readonly TextField _whole = new(PassageFields.Document, "", Field.Store.NO);
    private readonly TextField _wholeTitle = new(PassageFields.DocumentTitle, "", Field.Store.NO);

    /// <summary>Opens (or creates) the index in <paramref name="indexPath"/>, taking its writer lock.</summary>
    /// <param name="indexPath">The index folder.</param>
    /// <param name="bm25">BM25 parameters (norms are encoded the same for any k1 and b).</param>
    /// <param name="create">True to start an empty index, dropping what is there.</param>
    /// <param name="lockWait">How long to wait for another process's writer to finish: zero (the default) fails at once, <see cref="Timeout.InfiniteTimeSpan"/> waits for as long as it takes.</param>
    /// <param name="onWaiting">Called once with the lock's holder when the indexer starts waiting for it.</param>
    /// <exception cref="IndexUnavailableException">The folder cannot be written, or another process is writing it; the message names that process.</exception>
    public LuceneIndexer(string indexPath, Bm25Options? bm25 = null, bool create = false, TimeSpan lockWait = default, Action<IndexLockHolder?>? onWaiting = null)
        : this(OpenDirectory(indexPath), bm25, create, IndexWriterLock.Acquire(indexPath, lockWait, onWaiting))
    {
    }

    /// <summary>Writes into <paramref name="directory"/>, which the indexer then owns and disposes. No cross-process lock is taken.</summary>
    public LuceneIndexer(Directory directory, Bm25Options? bm25 = null, bool create = false)
        : this(directory, bm25, create, writerLock: null)
    {
    }

    private LuceneIndexer(Directory directory, Bm25Options? bm25, bool create, IndexWriterLock? writerLock)
    {
        _directory = directory;
        _lock = writerLock;
        _analyzer = LuceneSettings.CreateAnalyzer();
        var config = new IndexWriterConfig(LuceneSettings.Version, _analyzer)
        {
            OpenMode = create ? OpenMode.CREATE : OpenMode.CREATE_OR_APPEND,
            Similarity = LuceneSettings.CreateSimilarity(bm25 ?? new Bm25Options()),
            RAMBufferSizeMB = 64,
        };
        try
        {
            _writer = new IndexWriter(_directory, config);
        }
        catch (Exception e) when (e is LockObtainFailedException or IOException or CorruptIndexException)
        {
            _analyzer.Dispose();
            _directory.Dispose();
            _lock?.Dispose();
            throw e is LockObtainFailedException
                ? new IndexUnavailableException("the index is locked by another writer in this process", e)
                : new IndexUnavailableException($"cannot open the index for writing ({e.Message}); rebuild it with ./qasearch index PATH --fresh", e);
        }
        _manifest = create ? new IndexManifest(_directory) : IndexManifest.Read(_directory, _writer.CommitData);
        foreach (var field in new Field[] { _id, _docId, _path, _title, _text, _contents, _start, _end, _ordinal })
        {
            _document.Add(field);
            _firstOfDocument.Add(field);
        }
        _firstOfDocument.Add(_whole);
        _firstOfDocument.Add(_wholeTitle);
    }

    private static Directory OpenDirectory(string indexPath)
    {
        try
        {
            System.IO.Directory.CreateDirectory(indexPath);
            return FSDirectory.Open(new DirectoryInfo(indexPath));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new IndexUnavailableException($"cannot write the index folder {indexPath}: {e.Message}", e);
        }
    }

    public int PassageCount => _writer.NumDocs;

    public IReadOnlyDictionary<string, IndexedFile> Files => _manifest.Files;

    public string BuildSettings
    {
        get => _manifest.BuildSettings;
        set => _manifest.BuildSettings = value;
    }

    public void ReplaceFile(string path, IEnumerable<Passage> passages, IndexedFile? file = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(passages);
        _writer.DeleteDocuments(new Term(PassageFields.Path, path));
        Add(passages);
        _manifest.Record(path, file);
    }

    public void Remember(IndexedFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        _manifest.Record(file.Path, file);
    }

    public void RemoveFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        _writer.DeleteDocuments(new Term(PassageFields.Path, path));
        _manifest.Record(path, null);
    }

    /// <summary>Adds passages without deleting anything (for a fresh index). Each document's passages must come together, in order.</summary>
    public void Add(IEnumerable<Passage> passages)
    {
        ArgumentNullException.ThrowIfNull(passages);
        var document = new List<Passage>();
        foreach (var passage in passages)
        {
            if (document.Count > 0 && passage.DocId != document[0].DocId) AddDocument(document);
            document.Add(passage);
        }
        if (document.Count > 0) AddDocument(document);
    }

    /// <summary>Writes one document's passages, the first with the whole document's text.</summary>
    private void AddDocument(List<Passage> passages)
    {
        var first = passages[0];
        _whole.SetStringValue(PassageFields.TitledText(first.Title, Passage.WholeText(passages)));
        _wholeTitle.SetStringValue(first.Title);
        Write(first, _firstOfDocument);
        foreach (var passage in passages.Skip(1))
            Write(passage, _document);
        passages.Clear();
    }

    private void Write(Passage passage, Document document)
    {
        _id.SetStringValue(passage.Id);
        _docId.SetStringValue(passage.DocId);
        _path.SetStringValue(passage.Path);
        _title.SetStringValue(passage.Title);
        _text.SetStringValue(passage.Text);
        _contents.SetStringValue(PassageFields.TitledText(passage.Title, passage.Text));
        _start.SetInt32Value(passage.Start);
        _end.SetInt32Value(passage.End);
        _ordinal.SetInt32Value(passage.Ordinal);
        _writer.AddDocument(document);
    }

    /// <summary>Commits the passages and the list of files together: one Lucene commit carries both.</summary>
    public void Commit()
    {
        _writer.SetCommitData(_manifest.WriteForCommit());
        _writer.Commit();
        _manifest.Committed();
    }

    /// <summary>Commits what is pending (with its list of files), then closes the index and releases the writer lock.</summary>
    public void Dispose()
    {
        try
        {
            if (_manifest.IsDirty) Commit();
            _writer.Dispose();
        }
        finally
        {
            _analyzer.Dispose();
            _directory.Dispose();
            _lock?.Dispose();
        }
    }
}
