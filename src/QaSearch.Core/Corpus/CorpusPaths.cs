using Microsoft.Extensions.FileSystemGlobbing;

namespace QaSearch.Core.Corpus;

/// <summary>
/// Expands what a user names on the command line (files, folders, globs such as <c>docs/**/*.md</c>) into files,
/// each with its path relative to the root it was found under. Hidden files and folders are passed over.
/// </summary>
public static class CorpusPaths
{
    /// <summary>Files in ordinal order of their full paths, without duplicates; <paramref name="missing"/> gets the names that matched nothing.</summary>
    /// <param name="paths">Files, folders and globs.</param>
    /// <param name="missing">Receives each path that matched no file.</param>
    /// <param name="excludeFolders">Folders whose files are never corpus (the index being written, when it lies inside the corpus).</param>
    public static IReadOnlyList<CorpusFile> Expand(IEnumerable<string> paths, IList<string> missing, IEnumerable<string>? excludeFolders = null)
    {
        var excluded = (excludeFolders ?? []).Select(f => Path.GetFullPath(f).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar).ToList();
        var files = new SortedDictionary<string, CorpusFile>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            var found = ExpandOne(path).Where(f => !excluded.Any(e => f.FullPath.StartsWith(e, StringComparison.Ordinal))).ToList();
            if (found.Count == 0) missing.Add(path);
            foreach (var file in found) files.TryAdd(file.FullPath, file);
        }
        return files.Values.ToList();
    }

    private static IEnumerable<CorpusFile> ExpandOne(string path)
    {
        if (File.Exists(path))
        {
            var full = Path.GetFullPath(path);
            return [new CorpusFile(full, Path.GetFileName(full))];
        }
        if (Directory.Exists(path))
            return FilesUnder(Path.GetFullPath(path));
        if (path.IndexOfAny(['*', '?', '[']) >= 0)
            return Glob(path);
        return [];
    }

    private static IEnumerable<CorpusFile> FilesUnder(string root)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System, IgnoreInaccessible = true };
        return Directory.EnumerateFiles(root, "*", options)
            .Where(f => !IsHidden(Path.GetRelativePath(root, f)))
            .Select(f => new CorpusFile(f, Relative(root, f)));
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
