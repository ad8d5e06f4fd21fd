using System.Runtime.CompilerServices;
using System.Text;

namespace QaSearch.Core.Corpus;

/// <summary>
/// Turns file bytes into text, refusing what is not text: binary files and empty files are rejected with a reason
/// rather than indexed as garbage. Text that is not UTF-8 (cp1252, Latin-1, …) is decoded in the encoding a
/// maintained detector (UTF.Unknown) finds, with a warning naming it; a few stray NUL bytes are dropped with a warning.
/// </summary>
internal static class TextDecoding
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static TextDecoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Registers the legacy code pages (cp1252, …) with .NET; idempotent. Readers of legacy formats call it.</summary>
    public static void EnsureCodePages() => RuntimeHelpers.RunClassConstructor(typeof(TextDecoding).TypeHandle);

    /// <summary>A share of NUL bytes above which a file is binary, not text with a stray NUL.</summary>
    private const double BinaryNulShare = 0.001;

    /// <summary>How many leading bytes are searched for a NUL byte, the mark of a binary file.</summary>
    public const int BinarySniffLength = 8192;

    /// <summary>Decodes UTF-8 (with or without BOM) or BOM-marked UTF-16; other text in the encoding detected, with a warning.</summary>
    /// <param name="bytes">The file's bytes.</param>
    /// <param name="warnings">Receives a line naming a guessed encoding or dropped NUL bytes; null to refuse such text instead.</param>
    /// <exception cref="CorpusFormatException">The bytes are empty or binary (or, without <paramref name="warnings"/>, not UTF-8).</exception>
    public static string Decode(ReadOnlySpan<byte> bytes, IList<string>? warnings = null)
    {
        if (bytes.IsEmpty)
            throw new CorpusFormatException("empty file");
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
            return RequireText(Encoding.Unicode.GetString(bytes[2..]));
        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
            return RequireText(Encoding.BigEndianUnicode.GetString(bytes[2..]));
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
            bytes = bytes[3..];

        var sniff = bytes[..Math.Min(bytes.Length, BinarySniffLength)];
        var nul = sniff.IndexOf((byte)0);
        byte[]? cleaned = null;
        if (nul >= 0)
        {
            // A binary file has NULs throughout; a text file with a stray NUL (a bad editor, a truncated write) is text.
            var nuls = bytes.Count((byte)0);
            if (warnings is null || nuls > bytes.Length * BinaryNulShare || sniff.Count((byte)0) > 2)
                throw new CorpusFormatException($"binary file (NUL byte at offset {nul}); not indexed");
            cleaned = bytes.ToArray().Where(b => b != 0).ToArray();
            bytes = cleaned;
            warnings.Add($"{nuls} stray NUL byte{(nuls == 1 ? "" : "s")} dropped");
        }

        try
        {
            return RequireText(StrictUtf8.GetString(bytes));
        }
        catch (DecoderFallbackException e)
        {
            var bad = e.BytesUnknown is { Length: > 0 } unknown ? $" 0x{unknown[0]:X2}" : "";
            var where = $"bad byte{bad} at offset {FirstInvalidOffset(bytes)}";
            if (warnings is null)
                throw new CorpusFormatException($"not valid UTF-8 ({where}); convert it to UTF-8 to index it", e);
            var (encoding, guess) = Detect(bytes);
            warnings.Add($"not UTF-8 ({where}); decoded as {encoding.WebName} ({guess})");
            return RequireText(encoding.GetString(bytes));
        }
    }

    /// <summary>The encoding UTF.Unknown finds, or windows-1252 (which decodes any byte) when it finds none it trusts.</summary>
    private static (Encoding Encoding, string Guess) Detect(ReadOnlySpan<byte> bytes)
    {
        EnsureCodePages();
        var detected = UtfUnknown.CharsetDetector.DetectFromBytes(bytes.ToArray()).Detected;
        if (detected?.Encoding is { } encoding && detected.Confidence >= 0.5 && encoding.CodePage != Encoding.UTF8.CodePage)
            return (encoding, $"detected, confidence {detected.Confidence:0.00}");
        return (Encoding.GetEncoding(1252), "no confident detection; windows-1252 decodes every byte");
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
