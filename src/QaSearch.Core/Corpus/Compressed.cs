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
            var expected = file.Extension == ".gz" ? StatedLength(input) : null;
            using Stream unpacking = file.Extension == ".gz" ? new GZipStream(input, CompressionMode.Decompress) : new BZip2InputStream(input);
            // A gzip file states its unpacked length: the bytes are read straight into an array of that size, instead
            // of a stream that doubles its buffer (twice the memory, and a copy at the end) for a 10 MB changelog.
            using var output = new MemoryStream(expected is { } n && n <= maxBytes ? n : 0);
            var buffer = new byte[81920];
            int read;
            while ((read = unpacking.Read(buffer, 0, buffer.Length)) > 0)
            {
                output.Write(buffer, 0, read);
                if (output.Length > maxBytes)
                    throw new CorpusFormatException($"unpacks to over {maxBytes / (1024 * 1024)} MB; raise --max-file-mb to index it");
            }
            return output.Length == output.Capacity ? output.GetBuffer() : output.ToArray();
        }
        catch (Exception e) when (e is InvalidDataException or ICSharpCode.SharpZipLib.SharpZipBaseException or EndOfStreamException)
        {
            throw new CorpusFormatException($"not a readable {file.Extension} file ({e.Message})", e);
        }
    }

    /// <summary>
    /// The unpacked length a gzip file states in its last four bytes (modulo 4 GiB; a guess to size the buffer, never
    /// trusted as the length), with the stream put back at its start; null when the file is too short to hold it.
    /// </summary>
    private static int? StatedLength(FileStream input)
    {
        if (input.Length < 18) return null;
        Span<byte> trailer = stackalloc byte[4];
        input.Seek(-4, SeekOrigin.End);
        input.ReadExactly(trailer);
        input.Seek(0, SeekOrigin.Begin);
        var length = System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(trailer);
        return length <= int.MaxValue - 1 ? (int)length : null;
    }
}
