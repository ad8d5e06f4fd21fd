using Microsoft.Extensions.FileSystemGlobbing;

namespace QaSearch.Core.Corpus;

/// <summary>
/// Expands what a user names on the command line (files, folders, globs such as <c>docs/**/*.md</c>) into files,
/// each with its path relative to the root it was found under. Hidden files and folders are passed over. A folder is
/// walked so that each real folder is entered once: a symbolic link that leads back into the walk (a loop) is not
/// followed, and a file reached by two paths keeps the shorter one.
/// </summary>
public static class CorpusPaths
{
    /// <summary>Files in ordinal order of their full paths, without duplicates; <paramref name="missing"/> gets the names that matched nothing.</summary>
    /// <param name="paths">Files, folders and globs.</param>
    /// <param name="missing">Receives each path that matched no file.</param>
    /// <param name="excludeFolders">Folders whose files are never corpus (the index being written, when it lies inside the corpus).</param>
    /// <param name="notes">Receives, once per link, each symbolic link that was not followed because it closes a loop.</param>
    public static IReadOnlyList<CorpusFile> Expand(IEnumerable<string> paths, IList<string> missing, IEnumerable<string>? excludeFolders = null,
        IList<(string Path, string Note)>? notes = null)
    {
        var excluded = (excludeFolders ?? []).Select(Path.GetFullPath).ToList();
        var files = new SortedDictionary<string, CorpusFile>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            var found = ExpandOne(path, notes).Where(f => !excluded.Any(e => IsUnder(f.FullPath, e))).ToList();
            if (found.Count == 0) missing.Add(path);
            foreach (var file in found) files.TryAdd(file.FullPath, file);
        }
        return files.Values.ToList();
    }

    /// <summary>The full paths of the names in <paramref name="paths"/> that are folders: files under them that are no longer there are removed from the index.</summary>
    public static IReadOnlyList<string> Folders(IEnumerable<string> paths) =>
        paths.Where(Directory.Exists).Select(p => Path.TrimEndingDirectorySeparator(Path.GetFullPath(p))).Distinct(StringComparer.Ordinal).ToList();

    private static IEnumerable<CorpusFile> ExpandOne(string path, IList<(string Path, string Note)>? notes)
    {
        if (File.Exists(path))
        {
            var full = Path.GetFullPath(path);
            return [new CorpusFile(full, Path.GetFileName(full))];
        }
        if (Directory.Exists(path))
            return FilesUnder(Path.TrimEndingDirectorySeparator(Path.GetFullPath(path)), notes);
        if (path.IndexOfAny(['*', '?', '[']) >= 0)
            return Glob(path);
        return [];
    }

    /// <summary>
    /// The files under <paramref name="root"/>, breadth first so that the shortest path to a file is met first. Each
    /// real folder (its target, for a link) is entered once; each real file is listed once, under the first path met.
    /// </summary>
    private static List<CorpusFile> FilesUnder(string root, IList<(string Path, string Note)>? notes)
    {
        var options = new EnumerationOptions { AttributesToSkip = FileAttributes.Hidden | FileAttributes.System, IgnoreInaccessible = true };
        var rootReal = RealPath(root);
        var entered = new HashSet<string>(StringComparer.Ordinal) { rootReal };
        var seenFiles = new HashSet<string>(StringComparer.Ordinal);
        var files = new List<CorpusFile>();
        var folders = new Queue<(string Path, string Real)>([(root, rootReal)]);
        while (folders.TryDequeue(out var folder))
        {
            List<string> entries;
            try
            {
                entries = Directory.EnumerateFileSystemEntries(folder.Path, "*", options).Order(StringComparer.Ordinal).ToList();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                continue; // a folder that vanished or cannot be listed: the rest of the walk goes on
            }
            foreach (var entry in entries)
            {
                var name = Path.GetFileName(entry);
                if (name.StartsWith('.')) continue;
                var isLink = new FileInfo(entry).LinkTarget is not null;
                var real = isLink ? RealPath(entry) : Path.Combine(folder.Real, name);
                if (Directory.Exists(entry))
                {
                    if (entered.Add(real)) folders.Enqueue((entry, real));
                    else if (isLink) notes?.Add((entry, IsUnder(folder.Real, real)
                        ? $"symbolic link loop: it leads back to {real}; not followed"
                        : $"symbolic link to {real}, which is read already by another path; not followed"));
                }
                else if (File.Exists(entry) && seenFiles.Add(real))
                {
                    files.Add(new CorpusFile(entry, Relative(root, entry)));
                }
            }
        }
        return files;
    }

    /// <summary>Whether the full path <paramref name="path"/> is <paramref name="folder"/> or lies somewhere below it.</summary>
    internal static bool IsUnder(string path, string folder)
    {
        var root = Path.TrimEndingDirectorySeparator(folder);
        return path == root || path.StartsWith(Path.EndsInDirectorySeparator(root) ? root : root + Path.DirectorySeparatorChar, StringComparison.Ordinal);
    }

    /// <summary>The path with every symbolic link in it resolved, so that two ways to one folder or file compare equal.</summary>
    private static string RealPath(string path)
    {
        var full = Path.GetFullPath(path);
        var parent = Path.GetDirectoryName(full);
        var here = parent is null ? full : Path.Combine(RealPath(parent), Path.GetFileName(full));
        return new FileInfo(here).LinkTarget is not null && File.ResolveLinkTarget(here, returnFinalTarget: true) is { } target
            ? RealPath(target.FullName)
            : here;
    }

    private static IEnumerable<CorpusFile> Glob(string pattern)
    {
        var normalized = pattern.Replace('\\', '/');
        var segments = normalized.Split('/');
        var firstWild = Array.FindIndex(segments, s => s.IndexOfAny(['*', '?', '[']) >= 0);
        var root = string.Join('/', segments[..firstWild]);
        root = Path.GetFullPath(root.Length == 0 ? "." : root + (normalized.StartsWith('/') && firstWild == 1 ? "/" : ""));
        if (!Directory.Exists(root)) return [];
        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddInclude(string.Join('/', segments[firstWild..]));
        return matcher.GetResultsInFullPath(root)
            .Where(f => !IsHidden(Path.GetRelativePath(root, f)))
            .Select(f => new CorpusFile(Path.GetFullPath(f), Relative(root, f)));
    }

    private static string Relative(string root, string file) => Path.GetRelativePath(root, file).Replace('\\', '/');

    private static bool IsHidden(string relative) =>
        relative.Split('/', '\\').Any(segment => segment.StartsWith('.') && segment is not "." and not "..");
}
