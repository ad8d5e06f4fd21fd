namespace QaSearch.Core.Corpus;

/// <summary>
/// Reads a corpus file by file, choosing the reader by extension. A file that cannot be read is returned with a
/// reason and never stops the run. An archive (<see cref="CorpusArchive"/>) is read entry by entry as one file whose
/// documents are its entries'; an entry that cannot be read costs a warning. Thread-safe: readers are stateless.
/// </summary>
public sealed class CorpusReader
{
    /// <summary>How the reason for skipping a binary file (an image, an executable) begins, so that callers can tell it apart.</summary>
    internal const string BinarySkip = "binary file type";

    private static readonly HashSet<string> BinaryExtensions = new(StringComparer.Ordinal)
    {
        ".png", ".jpg", ".jpeg", ".gif", ".bmp", ".ico", ".webp", ".zip", ".tgz", ".xz", ".7z", ".tar",
        ".exe", ".dll", ".so", ".dylib", ".bin", ".class", ".jar", ".pyc", ".o", ".a", ".mp3", ".mp4", ".wav", ".avi",
        ".mov", ".woff", ".woff2", ".ttf", ".otf", ".doc", ".ppt", ".sqlite", ".db",
    };

    private readonly CorpusReaderOptions _options;
    private readonly Dictionary<string, IDocumentReader> _byExtension = new(StringComparer.Ordinal);
    private readonly PlainTextReader _fallback = new();

    public CorpusReader(CorpusReaderOptions? options = null) : this(options, [])
    {
    }

    /// <summary>A reader with more formats (<paramref name="extra"/> wins for its extensions): for tests.</summary>
    internal CorpusReader(CorpusReaderOptions? options, IEnumerable<IDocumentReader> extra)
    {
        _options = options ?? new CorpusReaderOptions();
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(_options.MaxFileBytes);
        IDocumentReader[] readers =
        [
            _fallback, new MarkdownReader(), new HtmlReader(), new PdfReader(), new JsonLinesReader(), new JsonReader(), new DelimitedReader(),
            new WordReader(), new SlidesReader(), new SpreadsheetReader(), new OpenDocumentReader(), new EpubReader(), new EmailReader(ReadEntry),
        ];
        foreach (var reader in readers.Concat(extra))
            foreach (var extension in reader.Extensions)
                _byExtension[extension] = reader;
    }

    /// <summary>
    /// Reads one file. Never throws for bad content; faults of the file system become a skip reason too. A file that
    /// takes longer than <see cref="CorpusReaderOptions.MaxReadTime"/> is skipped with that reason.
    /// </summary>
    public FileReadResult Read(CorpusFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (_options.MaxReadTime == Timeout.InfiniteTimeSpan || !MayHang(file)) return ReadNow(file);
        // On a thread of its own, so that a stuck parser holds neither the caller nor a pool thread; a thread
        // cannot be stopped safely, so a stuck one is left to finish (or not) in the background, its result dropped.
        var reading = Task.Factory.StartNew(() => ReadNow(file), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        return reading.Wait(_options.MaxReadTime)
            ? reading.Result
            : new FileReadResult(file, [], $"took more than {_options.MaxReadTime.TotalSeconds:0.#} s to read (a parser stuck on odd input?); not indexed", []);
    }

    /// <summary>
    /// Whether reading the file could take long: any file of a MiB or more, a compressed one of 128 KiB or more, and
    /// every format parsed by a library (HTML, PDF, Office, mail, archives). Small text, Markdown, JSON and CSV files,
    /// compressed or not, are read on the caller's thread: a thread per file would cost more than the read (starting
    /// a thread for each of /usr/share/doc's 2,100 small changelogs took 4.5% of the indexing threads' time).
    /// </summary>
    private bool MayHang(CorpusFile file)
    {
        long length;
        try
        {
            length = new FileInfo(file.FullPath).Length;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false; // ReadNow reports it
        }
        if (length >= 1024 * 1024 || CorpusArchive.Is(file.FullPath)) return true;
        if (Compressed.Inner(file) is { } inner) return length >= 128 * 1024 || !IsQuick(ReaderFor(inner));
        return !IsQuick(ReaderFor(file));
    }

    /// <summary>Whether the reader's work is a linear pass over the text, never a library's parse that could get stuck.</summary>
    private static bool IsQuick(IDocumentReader reader) =>
        reader is PlainTextReader or MarkdownReader or JsonReader or JsonLinesReader or DelimitedReader;

    /// <summary>Whether the file is an archive or a single compressed file: what it holds is larger than it is.</summary>
    internal static bool IsPacked(CorpusFile file) => CorpusArchive.Is(file.FullPath) || Compressed.Inner(file) is not null;

    private FileReadResult ReadNow(CorpusFile file)
    {
        var warnings = new List<string>();
        try
        {
            if (BinaryExtensions.Contains(file.Extension) && !CorpusArchive.Is(file.FullPath))
                return Skip($"{BinarySkip} '{file.Extension}'; not indexed");
            var length = new FileInfo(file.FullPath).Length;
            if (length > _options.MaxFileBytes)
                return Skip($"file is {Megabytes(length)}, over the {Megabytes(_options.MaxFileBytes)} limit; raise --max-file-mb to index it");
            if (CorpusArchive.Is(file.FullPath))
                return ReadArchive(file, warnings);
            if (Compressed.Inner(file) is { } inner)
            {
                // changelog.gz is read as the text it holds, under its own path and id.
                var unpacked = Compressed.Unpack(file, _options.MaxFileBytes);
                var fromInner = ReaderFor(inner).Read(inner, unpacked, warnings).Select(d => d with { Path = file.FullPath }).ToList();
                return new FileReadResult(file, fromInner, null, warnings);
            }
            var documents = ReaderFor(file).Read(file, File.ReadAllBytes(file.FullPath), warnings);
            return new FileReadResult(file, documents, null, warnings);
        }
        catch (CorpusFormatException e)
        {
            return Skip(e.Message);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Skip($"cannot read the file ({e.Message})");
        }
        catch (OutOfMemoryException)
        {
            // Under the run's heap limit (index --max-memory-mb) the reading thread is the one that asks for too much.
            return new FileReadResult(file, [], null, warnings).OutOfMemory("read");
        }
        catch (Exception e)
        {
            // A parser library failing on odd input must cost this one file, never the run.
            return Skip($"could not be parsed ({e.GetType().Name}: {e.Message})");
        }

        FileReadResult Skip(string reason) => new(file, [], reason, warnings);
    }

    /// <summary>
    /// Each entry read by the reader for its extension, as the file <c>archive/entry</c> (its document id), every
    /// document keeping the archive's path so that indexing the archive again replaces them all. Entries that are
    /// binary, too large or unreadable, and damage part-way through, become warnings; what was read before is kept.
    /// </summary>
    private FileReadResult ReadArchive(CorpusFile archive, List<string> warnings)
    {
        var documents = new List<SourceDocument>();
        var entries = 0;
        var unpacked = 0L;
        try
        {
            foreach (var (name, length, data) in CorpusArchive.Entries(archive.FullPath))
            {
                entries++;
                var entry = new CorpusFile(archive.FullPath + "/" + name, archive.RelativePath + "/" + name);
                if (BinaryExtensions.Contains(entry.Extension) || CorpusArchive.Is(name))
                {
                    warnings.Add($"{name}: {BinarySkip} '{entry.Extension}'; not indexed");
                    continue;
                }
                if (length > _options.MaxFileBytes)
                {
                    warnings.Add($"{name}: {Megabytes(length)}, over the {Megabytes(_options.MaxFileBytes)} limit; not indexed");
                    continue;
                }
                if ((unpacked += length) > _options.MaxArchiveBytes)
                {
                    warnings.Add($"the archive unpacks to over {Megabytes(_options.MaxArchiveBytes)} (four times --max-file-mb); {name} and the entries after it are not indexed");
                    break;
                }
                var content = new byte[length];
                data.ReadExactly(content);
                try
                {
                    var entryWarnings = new List<string>();
                    var read = ReaderFor(entry).Read(entry, content, entryWarnings);
                    documents.AddRange(read.Select(d => d with { Path = archive.FullPath }));
                    warnings.AddRange(entryWarnings.Select(w => $"{name}: {w}"));
                }
                catch (Exception e) when (e is not (IOException or InvalidDataException))
                {
                    warnings.Add($"{name}: {(e is CorpusFormatException ? e.Message : $"could not be parsed ({e.GetType().Name}: {e.Message})")}; not indexed");
                }
            }
        }
        catch (Exception e) when (e is InvalidDataException or IOException or EndOfStreamException or FormatException)
        {
            if (entries == 0) return new FileReadResult(archive, [], $"not a readable archive ({e.Message})", warnings);
            warnings.Add($"the archive is damaged after {entries} entries ({e.Message}); the rest is not indexed");
        }
        if (documents.Count == 0 && warnings.Count == 0) return new FileReadResult(archive, [], "the archive holds no files", warnings);
        return new FileReadResult(archive, documents, null, warnings);
    }

    /// <summary>An entry inside another file (an e-mail's attachment), read by the reader for its name.</summary>
    private IReadOnlyList<SourceDocument> ReadEntry(CorpusFile entry, byte[] content, IList<string> warnings)
    {
        if (BinaryExtensions.Contains(entry.Extension) || CorpusArchive.Is(entry.FullPath))
            throw new CorpusFormatException($"{BinarySkip} '{entry.Extension}'");
        if (content.Length > _options.MaxFileBytes)
            throw new CorpusFormatException($"{Megabytes(content.Length)}, over the {Megabytes(_options.MaxFileBytes)} limit");
        return ReaderFor(entry).Read(entry, content, warnings);
    }

    /// <summary>The reader for the file's extension; plain text for any other.</summary>
    private IDocumentReader ReaderFor(CorpusFile file) => _byExtension.GetValueOrDefault(file.Extension, _fallback);

    internal static string Megabytes(long bytes) => $"{bytes / (1024.0 * 1024.0):0.#} MB";
}
