namespace QaSearch.Core.Corpus;

/// <summary>What the Office readers share: telling an encrypted file from a damaged one.</summary>
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
}
