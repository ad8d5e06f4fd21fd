using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;
using QaSearch.Core;
using QaSearch.Core.Corpus;
using QaSearch.Core.Records;
using QaSearch.Core.Retrieval;
using Directory = Lucene.Net.Store.Directory;

namespace QaSearch.Lucene;

/// <summary>
/// Writes passages into an on-disk Lucene index, creating it if needed. Re-indexing a file replaces its passages.
/// The first passage of each document also carries the whole document in <see cref="PassageFields.Document"/>, so
/// documents can be ranked as wholes (a very large document's sections each on their first passage; see
/// <see cref="DocumentPassages.SectionChars"/>). <c>ReplaceFile</c>, <see cref="RemoveFile"/>, <see cref="Remember"/> and
/// <see cref="Commit"/> may be called from several threads at once (Lucene analyses each thread's documents in
/// parallel); dispose once, when they are done, to commit what is pending and release the write lock.
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

    private readonly object _commitLock = new();

    // One document with its fields per writing thread, refilled for each passage: Lucene's advice for indexing speed.
    private readonly ThreadLocal<PassageDocument> _documents = new(() => new PassageDocument());

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

    /// <summary>Writes into <paramref name="directory"/> and leaves it open on dispose, for a reader of the same in-memory index.</summary>
    internal static LuceneIndexer Borrowing(Directory directory, Bm25Options? bm25) => new(directory, bm25, create: true, writerLock: null) { _ownsDirectory = false };

    private bool _ownsDirectory = true;

    private LuceneIndexer(Directory directory, Bm25Options? bm25, bool create, IndexWriterLock? writerLock)
    {
        _directory = directory;
        _lock = writerLock;
        _analyzer = LuceneSettings.CreateAnalyzer();
        var config = new IndexWriterConfig(LuceneSettings.Version, _analyzer)
        {
            OpenMode = create ? OpenMode.CREATE : OpenMode.CREATE_OR_APPEND,
            Similarity = LuceneSettings.CreateSimilarity(bm25 ?? new Bm25Options()),
            // 32 MB: with 64, indexing /usr/share/doc peaked 40-60 MB higher, in the same time.
            RAMBufferSizeMB = 32,
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
    }

    private static Directory OpenDirectory(string indexPath)
    {
        try
        {
            System.IO.Directory.CreateDirectory(indexPath);
            // Not memory-mapped: merges read every segment, and the pages a map touched counted in the process's
            // memory (up to 380 MB of the peak while indexing /usr/share/doc). Searches open their own, mapped, directory.
            return new NIOFSDirectory(new DirectoryInfo(indexPath));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new IndexUnavailableException($"cannot write the index folder {indexPath}: {e.Message}", e);
        }
    }

    public int PassageCount => _writer.NumDocs;

    public IReadOnlyDictionary<string, IndexedFile> Files => _manifest.Files;

    /// <summary>
    /// The settings the passages were built with, as <see cref="CorpusIngest"/> gave them, when the index was also
    /// written in this <see cref="FormatVersion"/>; "" otherwise, so that the next run reads every file again. The
    /// index records both (see <see cref="IndexStatistics.BuildSettings"/>).
    /// </summary>
    public string BuildSettings
    {
        get => _manifest.BuildSettings.EndsWith(FormatSetting, StringComparison.Ordinal) ? _manifest.BuildSettings[..^FormatSetting.Length] : "";
        set => _manifest.BuildSettings = value + FormatSetting;
    }

    private static string FormatSetting => $"; index {FormatVersion}";

    /// <summary>
    /// What the index makes of passages beyond their text, as the index records it: raise it when a change alters the
    /// terms or fields some passage gets, so that the next run over an existing index reads every file again instead
    /// of keeping passages indexed the old way. 2: acronyms written in parts also indexed whole (<see cref="PassageAnalyzer"/>).
    /// 3: the pieces of a long record marked as record passages though they hold no field.
    /// </summary>
    internal const int FormatVersion = 3;

    public int ReplaceFile(string path, IEnumerable<DocumentPassages> documents, IndexedFile? file = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(documents);
        // Forgotten first: a commit from another thread while this file is half written must not claim it whole.
        Record(path, null);
        _writer.DeleteDocuments(new Term(PassageFields.Path, path));
        var written = Add(documents);
        Record(path, file is null ? null : file with { Passages = written });
        return written;
    }

    /// <summary>Replaces the file's passages with <paramref name="passages"/>, each document's together and in order.</summary>
    public int ReplaceFile(string path, IEnumerable<Passage> passages, IndexedFile? file = null) =>
        ReplaceFile(path, DocumentPassages.Group(passages), file);

    private void Record(string path, IndexedFile? file)
    {
        lock (_manifest) _manifest.Record(path, file);
    }

    public void Remember(IndexedFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        Record(file.Path, file);
    }

    public void RemoveFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        Record(path, null);
        _writer.DeleteDocuments(new Term(PassageFields.Path, path));
    }

    /// <summary>Adds passages without deleting anything (for a fresh index), each document's together and in order.</summary>
    public int Add(IEnumerable<Passage> passages) => Add(DocumentPassages.Group(passages));

    /// <summary>Adds the documents' passages without deleting anything; returns how many were written.</summary>
    public int Add(IEnumerable<DocumentPassages> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var template = _documents.Value!;
        var written = 0;
        foreach (var document in documents)
        {
            var first = true;
            foreach (var (passage, whole) in document.Read())
            {
                var inRecord = document.InRecord(passage);
                if (whole is null)
                {
                    _writer.AddDocument(template.Fill(passage, template.Passage, inRecord));
                }
                else
                {
                    // Analysed from a reader: the document's text is not built again.
                    template.SetWhole(PassageFields.TitledReader(passage.Title, whole), continued: !first);
                    template.WholeTitle.SetStringValue(passage.Title);
                    _writer.AddDocument(template.Fill(passage, template.FirstOfDocument, inRecord));
                }
                first = false;
                written++;
            }
        }
        return written;
    }

    /// <summary>Commits the passages and the list of files together: one Lucene commit carries both.</summary>
    /// <remarks>
    /// The list is taken before Lucene commits, so every file it names was written whole before the commit began; a
    /// file written while the commit runs may land in it without being listed, and is then read again by the next run.
    /// </remarks>
    public void Commit()
    {
        lock (_commitLock)
        {
            Dictionary<string, string> data;
            lock (_manifest) data = _manifest.WriteForCommit();
            _writer.SetCommitData(data);
            _writer.Commit();
            lock (_manifest) _manifest.Committed();
        }
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
            _documents.Dispose();
            _analyzer.Dispose();
            if (_ownsDirectory) _directory.Dispose();
            _lock?.Dispose();
        }
    }

    /// <summary>The reusable fields of one writing thread, and the two documents they make up.</summary>
    private sealed class PassageDocument
    {
        private readonly StringField _id = new(PassageFields.Id, "", Field.Store.YES);
        private readonly StringField _docId = new(PassageFields.DocId, "", Field.Store.YES);
        private readonly StringField _path = new(PassageFields.Path, "", Field.Store.YES);
        private readonly TextField _title = new(PassageFields.Title, "", Field.Store.YES);
        private readonly StoredField _text = new(PassageFields.Text, "");
        private readonly TextField _contents = new(PassageFields.Contents, "", Field.Store.NO);
        private readonly StoredField _start = new(PassageFields.Start, 0);
        private readonly StoredField _end = new(PassageFields.End, 0);
        private readonly StoredField _ordinal = new(PassageFields.Ordinal, 0);
        private readonly BinaryDocValuesField _record = new(PassageFields.PassageRecord, new BytesRef());

        public PassageDocument()
        {
            foreach (var field in new Field[] { _id, _docId, _path, _title, _text, _contents, _start, _end, _ordinal, _record })
            {
                Passage.Add(field);
                FirstOfDocument.Add(field);
            }
            FirstOfDocument.Add(WholeTitle);
        }

        /// <summary>Any passage but a document's first.</summary>
        public Document Passage { get; } = new();

        /// <summary>A document's first passage, which also carries the whole document.</summary>
        public Document FirstOfDocument { get; } = new();

        /// <summary>
        /// Sets the whole document's text (or, <paramref name="continued"/>, a later section's), read once by the
        /// analyser, into <see cref="FirstOfDocument"/>.
        /// </summary>
        public void SetWhole(TextReader text, bool continued)
        {
            // A field holding a reader cannot be given another value; each document gets its own.
            FirstOfDocument.RemoveField(PassageFields.Document);
            FirstOfDocument.Add(new TextField(PassageFields.Document, text));
            FirstOfDocument.RemoveField(PassageFields.Section);
            if (continued) FirstOfDocument.Add(_continued);
        }

        private readonly StringField _continued = new(PassageFields.Section, PassageFields.ContinuedSection, Field.Store.NO);

        public TextField WholeTitle { get; } = new(PassageFields.DocumentTitle, "", Field.Store.NO);

        /// <summary>
        /// Sets the passage's values into the shared fields and returns <paramref name="document"/>. A passage with a
        /// record, or a piece of one (<paramref name="inRecord"/>), is marked as such, so that a record's pieces are
        /// read together again.
        /// </summary>
        public Document Fill(QaSearch.Core.Passage passage, Document document, bool inRecord)
        {
            _id.SetStringValue(passage.Id);
            _docId.SetStringValue(passage.DocId);
            _path.SetStringValue(passage.Path);
            _title.SetStringValue(passage.Title);
            var record = PassageRecordCodec.Encode(passage);
            // The text is stored once: in the passage record, or (too large for a doc value) as a stored field.
            _text.SetStringValue(record is null ? passage.Text : "");
            _contents.SetStringValue(PassageFields.TitledText(passage.Title, passage.Text));
            _start.SetInt32Value(passage.Start);
            _end.SetInt32Value(passage.End);
            _ordinal.SetInt32Value(passage.Ordinal);
            // Empty when the passage is too large for a doc value: it is then read from the stored fields.
            _record.SetBytesValue(new BytesRef(record ?? []));
            document.RemoveFields(PassageFields.RecordField);
            var names = DataRecord.Read(passage).SelectMany(r => r.Fields).Select(f => f.Name).Distinct(StringComparer.Ordinal).ToList();
            foreach (var name in names)
                document.Add(new StringField(PassageFields.RecordField, name, Field.Store.NO));
            if (names.Count > 0 || inRecord) document.Add(new StringField(PassageFields.RecordField, PassageFields.AnyRecord, Field.Store.NO));
            document.RemoveFields(PassageFields.Abbreviation);
            foreach (var defined in Abbreviations.Find(passage.Text).Select(AbbreviationTable.ValueOf).Distinct(StringComparer.Ordinal))
                document.Add(new StringField(PassageFields.Abbreviation, defined, Field.Store.NO));
            return document;
        }
    }
}
