using System.Buffers.Binary;
using System.Text;
using QaSearch.Core;

namespace QaSearch.Lucene;

/// <summary>
/// The bytes of <see cref="PassageFields.PassageRecord"/>: a version byte, the three offsets as 32-bit integers, then
/// the five strings as UTF-8, each after its byte length. Thread-safe.
/// </summary>
internal static class PassageRecordCodec
{
    private const byte Version = 1;

    /// <summary>Lucene 4.8's limit on one binary doc value; a longer passage is read from its stored fields.</summary>
    public const int MaxBytes = 32766;

    /// <summary>The passage as bytes, or null when they would exceed <see cref="MaxBytes"/>.</summary>
    public static byte[]? Encode(Passage passage)
    {
        string[] strings = [passage.Id, passage.DocId, passage.Path, passage.Title, passage.Text];
        var length = 1 + 3 * 4 + strings.Sum(s => 4 + Encoding.UTF8.GetByteCount(s));
        if (length > MaxBytes) return null;
        var bytes = new byte[length];
        bytes[0] = Version;
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(1), passage.Start);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(5), passage.End);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(9), passage.Ordinal);
        var at = 13;
        foreach (var s in strings)
        {
            var written = Encoding.UTF8.GetBytes(s, bytes.AsSpan(at + 4));
            BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(at), written);
            at += 4 + written;
        }
        return bytes;
    }

    /// <summary>The passage from bytes made by <see cref="Encode"/>.</summary>
    /// <exception cref="InvalidDataException">The bytes are of another version.</exception>
    public static Passage Decode(byte[] buffer, int offset, int length)
    {
        var bytes = buffer.AsSpan(offset, length);
        if (bytes[0] != Version) throw new InvalidDataException($"passage record version {bytes[0]} is not {Version}; rebuild the index with ./qasearch index PATH --fresh");
        var (start, end, ordinal) = (BinaryPrimitives.ReadInt32LittleEndian(bytes[1..]), BinaryPrimitives.ReadInt32LittleEndian(bytes[5..]), BinaryPrimitives.ReadInt32LittleEndian(bytes[9..]));
        var at = 13;
        var strings = new string[5];
        for (var i = 0; i < strings.Length; i++)
        {
            var size = BinaryPrimitives.ReadInt32LittleEndian(bytes[at..]);
            strings[i] = Encoding.UTF8.GetString(bytes.Slice(at + 4, size));
            at += 4 + size;
        }
        return new Passage(strings[0], strings[1], strings[2], strings[3], strings[4], start, end, ordinal);
    }
}
