using System.Text;

namespace QaSearch.Core.Corpus;

/// <summary>
/// Turns file bytes into text, refusing what is not text: binary files, invalid UTF-8 and empty files
/// are rejected with a reason rather than indexed as garbage.
/// </summary>
internal static class TextDecoding
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>How many leading bytes are searched for a NUL byte, the mark of a binary file.</summary>
    public const int BinarySniffLength = 8192;

    /// <summary>Decodes UTF-8 (with or without BOM) or BOM-marked UTF-16.</summary>
    /// <exception cref="CorpusFormatException">The bytes are empty, binary or not valid UTF-8.</exception>
    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
            throw new CorpusFormatException("empty file");
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
            return RequireText(Encoding.Unicode.GetString(bytes[2..]));
        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
            return RequireText(Encoding.BigEndianUnicode.GetString(bytes[2..]));
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
            bytes = bytes[3..];

        var nul = bytes[..Math.Min(bytes.Length, BinarySniffLength)].IndexOf((byte)0);
        if (nul >= 0)
            throw new CorpusFormatException($"binary file (NUL byte at offset {nul}); not indexed");

        try
        {
            return RequireText(StrictUtf8.GetString(bytes));
        }
        catch (DecoderFallbackException e)
        {
            var bad = e.BytesUnknown is { Length: > 0 } unknown ? $" 0x{unknown[0]:X2}" : "";
            throw new CorpusFormatException(
                $"not valid UTF-8 (bad byte{bad} at offset {FirstInvalidOffset(bytes)}); convert it to UTF-8 to index it", e);
        }
    }

    private static string RequireText(string text) =>
        string.IsNullOrWhiteSpace(text) ? throw new CorpusFormatException("empty file (no text)") : text;

    private static int FirstInvalidOffset(ReadOnlySpan<byte> bytes)
    {
        var offset = 0;
        while (offset < bytes.Length)
        {
            if (Rune.DecodeFromUtf8(bytes[offset..], out _, out var consumed) != System.Buffers.OperationStatus.Done)
                return offset;
            offset += consumed;
        }
        return offset;
    }
}
