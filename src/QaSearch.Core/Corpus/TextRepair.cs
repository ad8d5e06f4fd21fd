using System.Text;
using System.Text.RegularExpressions;

namespace QaSearch.Core.Corpus;

/// <summary>
/// Mends what text extraction and hard-wrapped text break, before the text is split into passages, so that a word
/// is one word to the index and to the extractor ("hard- ware" would neither match "hardware" nor look like a repeat
/// of the question's "hardware"):
/// <list type="bullet">
/// <item>a word hyphenated across a line break ("ob-⏎serve", or "ob- serve" where the break became a space) is
/// joined, keeping the hyphen only when the document writes the word with one elsewhere ("state-of-the-art");
/// "pre- and post-" (a suspended hyphen) is left alone;</item>
/// <item>a URL or an e-mail address broken at a line ("https://github.com/ JaredFern/Framework-Tax") is joined.</item>
/// </list>
/// Passage offsets point into the repaired text, which is the document's text from then on. Stateless and thread-safe.
/// </summary>
internal static partial class TextRepair
{
    /// <summary>Words after a hyphen and a space that mark a suspended hyphen ("pre- and post-war"), not a broken word.</summary>
    private static readonly HashSet<string> Conjunctions = new(StringComparer.Ordinal) { "and", "or", "nor", "to", "but", "as", "vs", "versus", "than" };

    /// <summary>The text with broken words, URLs and addresses joined; the same string when nothing is broken.</summary>
    public static string Repair(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.IndexOf('-') < 0 && text.IndexOf("://", StringComparison.Ordinal) < 0 && text.IndexOf('@') < 0) return text;
        // One pass, so that a large file's text is copied once (two passes over a 12.7 MB manual made 48 MB).
        return Broken().Replace(text, match =>
        {
            if (!match.Groups["left"].Success) return match.Groups["head"].Value + match.Groups["tail"].Value;
            var (left, right) = (match.Groups["left"].Value, match.Groups["right"].Value);
            if (Conjunctions.Contains(right)) return match.Value;
            var hyphenated = left + "-" + right;
            return text.Contains(hyphenated, StringComparison.Ordinal) ? hyphenated : left + right;
        });
    }

    // Three kinds of break, each joined as head + tail (a word as left and right):
    // 1. A lower-case word of two letters or more, a hyphen, then a line break (with spaces around it) or one space,
    //    and a lower-case continuation. Two letters on the left keep "e- mail"-like single letters as they are.
    // 2. A URL that ends in '/' at a break, followed by a run that still looks like a path (it holds a '/' or a file name).
    // 3. An e-mail address broken after a dot of its domain: "name@cs.cmu.⏎edu".
    [GeneratedRegex(@"(?<left>\b\p{Ll}{2,})-(?:[ \t]*\r?\n[ \t]*| )(?<right>\p{Ll}+)\b" +
        @"|(?<head>\bhttps?://[^\s]+/)[ \t]*\r?\n?[ \t]*(?<tail>[\w.~%-]+(?:/[^\s]*|\.(?:html?|php|aspx?|pdf|md|txt)\b))" +
        @"|(?<head>\b[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.)[ \t]*\r?\n[ \t]*(?<tail>[a-z]{2,})\b")]
    private static partial Regex Broken();
}
