using System.Formats.Tar;
using System.IO.Compression;

namespace QaSearch.Core.Corpus;

/// <summary>
/// Archives read as folders of corpus files: <c>.tar.gz</c>, <c>.tgz</c>, <c>.tar</c> and <c>.zip</c> (Anserini ships
/// CACM as a <c>.tar.gz</c>). Only regular files are entries; hidden ones (a segment starting with '.') are passed over.
/// </summary>
internal static class CorpusArchive
{
    private static readonly string[] Suffixes = [".tar.gz", ".tgz", ".tar", ".zip"];

    /// <summary>Whether <paramref name="path"/> names an archive this class reads.</summary>
    public static bool Is(string path) => Suffixes.Any(s => path.EndsWith(s, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The archive's files in stored order: each entry's name ('/'-separated), its length, and its data stream, which
    /// is valid only until the next entry is asked for.
    /// </summary>
    /// <exception cref="InvalidDataException">The archive is damaged (raised where the damage is met, after the entries before it).</exception>
    public static IEnumerable<(string Name, long Length, Stream Data)> Entries(string path)
    {
        if (path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
        {
            using var zip = ZipFile.OpenRead(path);
            foreach (var entry in zip.Entries.Where(e => !e.FullName.EndsWith('/') && !IsHidden(e.FullName)))
            {
                using var data = entry.Open();
                yield return (entry.FullName, entry.Length, data);
            }
            yield break;
        }
        using var file = File.OpenRead(path);
        using Stream content = path.EndsWith(".tar", StringComparison.OrdinalIgnoreCase) ? file : new GZipStream(file, CompressionMode.Decompress);
        using var tar = new TarReader(content);
        while (tar.GetNextEntry() is { } entry)
        {
            // An empty file has no data stream.
            if (entry.EntryType is TarEntryType.RegularFile or TarEntryType.V7RegularFile && !IsHidden(entry.Name))
                yield return (entry.Name.TrimStart('.', '/'), entry.Length, entry.DataStream ?? Stream.Null);
        }
    }

    private static bool IsHidden(string name) =>
        name.Split('/').Any(segment => segment.StartsWith('.') && segment is not "." and not "..");
}
