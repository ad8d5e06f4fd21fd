namespace QaSearch.Core.Corpus;

/// <summary>
/// Reads a corpus file by file, choosing the reader by extension. A file that cannot be read is returned with a
/// reason and never stops the run. Thread-safe: readers are stateless.
/// </summary>
public sealed class CorpusReader
{
    private static readonly HashSet<string> BinaryExtensions = new(StringComparer.Ordinal)
    {
        ".png", ".jpg", ".jpeg", ".gif", ".bmp", ".ico", ".webp", ".zip", ".gz", ".tgz", ".bz2", ".xz", ".7z", ".tar",
        ".exe", ".dll", ".so", ".dylib", ".bin", ".class", ".jar", ".pyc", ".o", ".a", ".mp3", ".mp4", ".wav", ".avi",
        ".mov", ".woff", ".woff2", ".ttf", ".otf", ".doc", ".docx", ".xls", ".xlsx", ".ppt", ".pptx", ".sqlite", ".db",
    };

    private readonly CorpusReaderOptions _options;
    private readonly Dictionary<string, IDocumentReader> _byExtension = new(StringComparer.Ordinal);
    private readonly PlainTextReader _fallback = new();

    public CorpusReader(CorpusReaderOptions? options = null)
    {
        _options = options ?? new CorpusReaderOptions();
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(_options.MaxFileBytes);
        IDocumentReader[] readers =
            [_fallback, new MarkdownReader(), new HtmlReader(), new PdfReader(), new JsonLinesReader(), new JsonReader(), new DelimitedReader()];
        foreach (var reader in readers)
            foreach (var extension in reader.Extensions)
                _byExtension[extension] = reader;
    }

    /// <summary>Reads one file. Never throws for bad content; faults of the file system become a skip reason too.</summary>
    public FileReadResult Read(CorpusFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var warnings = new List<string>();
        try
        {
            if (BinaryExtensions.Contains(file.Extension))
                return Skip($"binary file type '{file.Extension}'; not indexed");
            var length = new FileInfo(file.FullPath).Length;
            if (length > _options.MaxFileBytes)
                return Skip($"file is {Megabytes(length)}, over the {Megabytes(_options.MaxFileBytes)} limit; raise --max-file-mb to index it");
            var reader = _byExtension.GetValueOrDefault(file.Extension, _fallback);
            var documents = reader.Read(file, File.ReadAllBytes(file.FullPath), warnings);
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
        catch (Exception e)
        {
            // A parser library failing on odd input must cost this one file, never the run.
            return Skip($"could not be parsed ({e.GetType().Name}: {e.Message})");
        }

        FileReadResult Skip(string reason) => new(file, [], reason, warnings);
    }

    private static string Megabytes(long bytes) => $"{bytes / (1024.0 * 1024.0):0.#} MB";
}
