using System.Globalization;
using System.Text.Json;
using Lucene.Net.Store;
using QaSearch.Core.Corpus;
using Directory = Lucene.Net.Store.Directory;

namespace QaSearch.Lucene;

/// <summary>
/// The files an index holds (<see cref="IndexedFile"/>), the settings its passages were built with, and when it was
/// last committed. The list of files is written to a file of its own in the index folder, and the Lucene commit's
/// user data names that file, so the list and the passages are committed in one step: a crash leaves the last
/// commit's list, which matches the last commit's passages exactly.
/// </summary>
/// <remarks>Not thread-safe; owned by one <see cref="LuceneIndexer"/> or read once by <see cref="IndexStatistics"/>.</remarks>
internal sealed class IndexManifest
{
    private const string FilesKey = "qasearch.files";
    private const string SettingsKey = "qasearch.settings";
    private const string CommittedKey = "qasearch.committed";
    private const string FilePrefix = "qasearch-files-";

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    private readonly Directory _directory;
    private readonly Dictionary<string, IndexedFile> _files;
    private string? _fileName;
    private string? _pending; // written for the commit under way, current once it succeeds
    private string _buildSettings;
    private bool _dirty;

    /// <summary>An empty manifest (a new index, or one rebuilt from scratch).</summary>
    public IndexManifest(Directory directory) : this(directory, new Dictionary<string, IndexedFile>(StringComparer.Ordinal), null, "", null)
    {
    }

    private IndexManifest(Directory directory, Dictionary<string, IndexedFile> files, string? fileName, string buildSettings, DateTimeOffset? lastCommit)
    {
        _directory = directory;
        _files = files;
        _fileName = fileName;
        _buildSettings = buildSettings;
        LastCommit = lastCommit;
    }

    /// <summary>Reads the manifest that <paramref name="commitData"/> (a Lucene commit's user data) names; an empty one when it names none (an index built before manifests).</summary>
    public static IndexManifest Read(Directory directory, IDictionary<string, string>? commitData)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var files = new Dictionary<string, IndexedFile>(StringComparer.Ordinal);
        string? fileName = null;
        if (commitData is not null && commitData.TryGetValue(FilesKey, out var name) && Exists(directory, name))
        {
            using var input = directory.OpenInput(name, IOContext.READ_ONCE);
            var bytes = new byte[input.Length];
            input.ReadBytes(bytes, 0, bytes.Length);
            foreach (var file in JsonSerializer.Deserialize<List<IndexedFile>>(bytes, Json) ?? [])
                files[file.Path] = file;
            fileName = name;
        }
        var settings = commitData is not null && commitData.TryGetValue(SettingsKey, out var s) ? s : "";
        DateTimeOffset? committed = commitData is not null && commitData.TryGetValue(CommittedKey, out var c)
                                    && DateTimeOffset.TryParse(c, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var when)
            ? when
            : null;
        return new IndexManifest(directory, files, fileName, settings, committed);
    }

    /// <summary>The files held, by full path.</summary>
    public IReadOnlyDictionary<string, IndexedFile> Files => _files;

    /// <summary>What the passages were built with; "" when not recorded.</summary>
    public string BuildSettings
    {
        get => _buildSettings;
        set
        {
            ArgumentNullException.ThrowIfNull(value);
            _dirty |= value != _buildSettings;
            _buildSettings = value;
        }
    }

    /// <summary>When the last commit that recorded a change was made; null for an index built before manifests.</summary>
    public DateTimeOffset? LastCommit { get; private set; }

    /// <summary>Remembers <paramref name="file"/> for <paramref name="path"/>, or forgets the path when it is null.</summary>
    public void Record(string path, IndexedFile? file)
    {
        if (file is null) _dirty |= _files.Remove(path);
        else
        {
            _files[path] = file;
            _dirty = true;
        }
    }

    /// <summary>
    /// Writes the list of files to a new file (synced to disk) when anything changed, and returns the user data the
    /// next Lucene commit must carry to name it.
    /// </summary>
    internal Dictionary<string, string> WriteForCommit()
    {
        if (_dirty)
        {
            var next = FilePrefix + (Generation(_fileName) + 1).ToString(CultureInfo.InvariantCulture) + ".json";
            if (Exists(_directory, next)) _directory.DeleteFile(next); // left by a run that crashed before its commit
            var bytes = JsonSerializer.SerializeToUtf8Bytes(_files.Values.OrderBy(f => f.Path, StringComparer.Ordinal).ToList(), Json);
            using (var output = _directory.CreateOutput(next, IOContext.DEFAULT))
                output.WriteBytes(bytes, bytes.Length);
            _directory.Sync([next]);
            _pending = next;
            LastCommit = DateTimeOffset.UtcNow;
        }
        var data = new Dictionary<string, string>(StringComparer.Ordinal) { [SettingsKey] = _buildSettings };
        if ((_pending ?? _fileName) is { } name) data[FilesKey] = name;
        if (LastCommit is { } when) data[CommittedKey] = when.ToString("O", CultureInfo.InvariantCulture);
        return data;
    }

    /// <summary>After the Lucene commit succeeded: the new list is current, and older lists are deleted.</summary>
    internal void Committed()
    {
        if (_pending is null) return;
        _fileName = _pending;
        _pending = null;
        _dirty = false;
        foreach (var stale in _directory.ListAll().Where(f => f.StartsWith(FilePrefix, StringComparison.Ordinal) && f != _fileName))
            _directory.DeleteFile(stale);
    }

    /// <summary>Whether anything changed since the last commit.</summary>
    internal bool IsDirty => _dirty;

    private static bool Exists(Directory directory, string name) => directory.ListAll().Contains(name, StringComparer.Ordinal);

    private static long Generation(string? fileName) =>
        fileName is not null && long.TryParse(fileName.AsSpan(FilePrefix.Length, fileName.Length - FilePrefix.Length - ".json".Length), CultureInfo.InvariantCulture, out var n) ? n : 0;
}
