using System.IO.Compression;
using ICSharpCode.SharpZipLib.BZip2;

namespace QaSearch.Core.Corpus;

/// <summary>
/// A single compressed file (<c>changelog.gz</c>, <c>notes.txt.bz2</c>; not a <c>.tar.gz</c>, which is an archive):
/// unpacked in memory, up to the file size limit, and read as the file it holds.
/// </summary>
internal static class Compressed
{
    /// <summary>The file inside <paramref name="file"/> (its name without the compression suffix), or null when it is not compressed.</summary>
    public static CorpusFile? Inner(CorpusFile file) =>
        file.Extension is ".gz" or ".bz2" && !CorpusArchive.Is(file.FullPath)
            ? new CorpusFile(file.FullPath[..^file.Extension.Length], file.RelativePath)
            : null;

    /// <summary>The unpacked bytes.</summary>
    /// <exception cref="CorpusFormatException">The data is damaged, or unpacks past <paramref name="maxBytes"/>.</exception>
    public static byte[] Unpack(CorpusFile file, long maxBytes)
    {
        try
        {
            using var input = File.OpenRead(file.FullPath);
            using Stream unpacking = file.Extension == ".gz" ? new GZipStream(input, CompressionMode.Decompress) : new BZip2InputStream(input);
            using var output = new MemoryStream();
            var buffer = new byte[81920];
            int read;
            while ((read = unpacking.Read(buffer, 0, buffer.Length)) > 0)
            {
                output.Write(buffer, 0, read);
                if (output.Length > maxBytes)
                    throw new CorpusFormatException($"unpacks to over {maxBytes / (1024 * 1024)} MB; raise --max-file-mb to index it");
            }
            return output.ToArray();
        }
        catch (Exception e) when (e is InvalidDataException or ICSharpCode.SharpZipLib.SharpZipBaseException or EndOfStreamException)
        {
            throw new CorpusFormatException($"not a readable {file.Extension} file ({e.Message})", e);
        }
    }
}
