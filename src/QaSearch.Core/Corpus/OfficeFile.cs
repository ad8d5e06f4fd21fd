using DocumentFormat.OpenXml.Packaging;

namespace QaSearch.Core.Corpus;

/// <summary>What the Office readers share: telling an encrypted file from a damaged one, and the core properties.</summary>
internal static class OfficeFile
{
    /// <summary>
    /// Whether <paramref name="content"/> is an OLE compound file. An .docx, .xlsx or .pptx in that form is encrypted:
    /// Office wraps a password-protected document in one, and no text can be read without the password.
    /// </summary>
    public static bool IsCompound(byte[] content) =>
        content.Length >= 8 && content[0] == 0xD0 && content[1] == 0xCF && content[2] == 0x11 && content[3] == 0xE0;

    /// <summary>The skip reason for an encrypted file.</summary>
    public const string PasswordProtected = "password-protected (encrypted); no text can be read without the password";

    /// <summary>The document's title (its core properties' title, else the file name).</summary>
    public static string Title(OpenXmlPackage package, CorpusFile file) =>
        package.PackageProperties.Title is { Length: > 0 } title ? title : PlainTextReader.TitleOf(file);

    /// <summary>Author and dates as field lines ("Author: …"), for questions about who wrote a document and when; "" when none is set.</summary>
    public static string Fields(OpenXmlPackage package)
    {
        var properties = package.PackageProperties;
        var lines = new List<string>();
        if (!string.IsNullOrWhiteSpace(properties.Creator)) lines.Add($"Author: {properties.Creator}");
        if (properties.Created is { } created) lines.Add($"Created: {created:yyyy-MM-dd}");
        if (properties.Modified is { } modified) lines.Add($"Modified: {modified:yyyy-MM-dd}");
        return string.Join('\n', lines);
    }
}
