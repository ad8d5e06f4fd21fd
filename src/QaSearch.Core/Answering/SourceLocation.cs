using System.Text.RegularExpressions;

namespace QaSearch.Core.Answering;

/// <summary>
/// Where an answer stands as people say it, read from the markers the readers write into a document's text: the
/// slide of a deck ("Slide 3: …"), the sheet, row and column of a workbook ("Sheet: Boats, row 2" and the field's
/// key), the message of a mail (its Subject and Date fields), the page of a PDF (the form feeds between pages).
/// Null for other formats.
/// </summary>
public static partial class SourceLocation
{
    private static readonly HashSet<string> Decks = new(StringComparer.OrdinalIgnoreCase) { ".pptx", ".pptm", ".ppsx", ".odp" };
    private static readonly HashSet<string> Workbooks = new(StringComparer.OrdinalIgnoreCase) { ".xlsx", ".xlsm", ".xls", ".xlsb", ".ods" };
    private static readonly HashSet<string> Mail = new(StringComparer.OrdinalIgnoreCase) { ".eml", ".mbox" };

    /// <summary>Whether answers from this file can be located (its reader writes markers).</summary>
    public static bool Applies(string path) => Kind(path) is not null;

    /// <summary>Whether locating needs the document's text from its very start (a PDF's page counts every page before).</summary>
    public static bool NeedsWholeDocument(string path) => Kind(path) == "pdf";

    /// <summary>The answer's location, from the document text before it and the line it stands on; null when no marker is found.</summary>
    /// <param name="path">The source file's path (its extension says the format).</param>
    /// <param name="before">The document text from its start (or at least from the marker) up to the answer.</param>
    /// <param name="document">The whole document text, for markers that stand after the answer's start (mail headers come first, so this is rarely needed).</param>
    public static string? Describe(string path, string before, string? document = null)
    {
        switch (Kind(path))
        {
            case "pdf":
                return $"page {before.Count(c => c == '\f') + 1}";
            case "deck":
                return SlideLine().Matches(before) is { Count: > 0 } slides ? $"slide {slides[^1].Groups[1].Value}" : null;
            case "workbook":
                if (SheetLine().Matches(before) is not { Count: > 0 } sheets) return null;
                var sheet = sheets[^1];
                var lineStart = before.LastIndexOf('\n') + 1;
                var key = KeyOf().Match(before[lineStart..]) is { Success: true } k && k.Groups[1].Value != "Sheet" ? $", column {k.Groups[1].Value.Trim()}" : "";
                return $"sheet {sheet.Groups[1].Value}, row {sheet.Groups[2].Value}{key}";
            case "mail":
                var text = document ?? before;
                var subject = SubjectLine().Match(text);
                var date = DateLine().Match(text);
                if (!subject.Success && !date.Success) return null;
                return "message" + (subject.Success ? $" \"{subject.Groups[1].Value.Trim()}\"" : "") + (date.Success ? $" ({date.Groups[1].Value.Trim()})" : "");
            default:
                return null;
        }
    }

    private static string? Kind(string path)
    {
        // An mbox message's id is "mail.mbox/3"; an archive entry's "docs.zip/deck.pptx".
        var extension = Path.GetExtension(path);
        if (extension.Equals(".pdf", StringComparison.OrdinalIgnoreCase)) return "pdf";
        if (Decks.Contains(extension)) return "deck";
        if (Workbooks.Contains(extension)) return "workbook";
        return Mail.Contains(extension) || path.Contains(".mbox/", StringComparison.OrdinalIgnoreCase) ? "mail" : null;
    }

    [GeneratedRegex("^Subject: (.+)$", RegexOptions.Multiline)]
    private static partial Regex SubjectLine();

    [GeneratedRegex("^Date: (.+)$", RegexOptions.Multiline)]
    private static partial Regex DateLine();

    [GeneratedRegex(@"^Slide (\d+)(?::|$)", RegexOptions.Multiline)]
    private static partial Regex SlideLine();

    [GeneratedRegex(@"^Sheet: (.+), row (\d+)\s*$", RegexOptions.Multiline)]
    private static partial Regex SheetLine();

    [GeneratedRegex(@"^([^:\n]{1,60}):")]
    private static partial Regex KeyOf();
}
