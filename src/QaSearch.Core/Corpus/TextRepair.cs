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
/// <item>a URL or an e-mail address broken at a line ("https://github.com/ JaredFern/Framework-Tax") is joined;</item>
/// <item>a number glued to the capitalised word after it, where extraction lost a line break ("Jan. 15-21,
/// 2024Summer: Aug. 12-18", "in 1984Every year") is parted with a space. A single digit stays ("3Com").</item>
/// <item>a short word glued to a link's text, as pages lose the spaces around their links ("ThePittsburgh Piratesare
/// an American professionalbaseballteam"), is parted from it when the document writes the linked word on its own
/// elsewhere: a function word before a capitalised word ("thePittsburgh", "atPNC"), or one after a capitalised word
/// the document writes alone several times as often ("Piratesare", "Steelersand"). Names that only look glued
/// ("McDonald", "iPhone", "InDesign", "Robin", "Paris") stay. A word run into the first word of the next line ("the
/// Nobel PrizeIn 1975 …") is parted by a line break.</item>
/// </list>
/// Passage offsets point into the repaired text, which is the document's text from then on. Stateless and thread-safe.
/// </summary>
internal static partial class TextRepair
{
    /// <summary>Words after a hyphen and a space that mark a suspended hyphen ("pre- and post-war"), not a broken word.</summary>
    private static readonly HashSet<string> Conjunctions = new(StringComparer.Ordinal) { "and", "or", "nor", "to", "but", "as", "vs", "versus", "than" };

    /// <summary>The text with broken words, URLs and addresses joined and glued words parted; the same string when nothing is broken.</summary>
    public static string Repair(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return PartGlued(JoinBroken(text));
    }

    private static string JoinBroken(string text)
    {
        if (text.IndexOf('-') < 0 && text.IndexOf("://", StringComparison.Ordinal) < 0 && text.IndexOf('@') < 0 && !HasGluedNumber(text)) return text;
        // One pass, so that a large file's text is copied once (two passes over a 12.7 MB manual made 48 MB).
        return Broken().Replace(text, match =>
        {
            if (match.Groups["number"].Success) return match.Groups["number"].Value + " " + match.Groups["word"].Value;
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
    // And one kind of glue, parted as number + " " + word: a number of two digits or more that starts a token, then a
    // capitalised word of three letters or more ("2024Summer").
    [GeneratedRegex(@"(?<left>\b\p{Ll}{2,})-(?:[ \t]*\r?\n[ \t]*| )(?<right>\p{Ll}+)\b" +
        @"|(?<head>\bhttps?://[^\s]+/)[ \t]*\r?\n?[ \t]*(?<tail>[\w.~%-]+(?:/[^\s]*|\.(?:html?|php|aspx?|pdf|md|txt)\b))" +
        @"|(?<head>\b[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.)[ \t]*\r?\n[ \t]*(?<tail>[a-z]{2,})\b" +
        @"|(?<number>\b\d{2,})(?<word>\p{Lu}\p{Ll}{2,})")]
    private static partial Regex Broken();

    /// <summary>
    /// The text with function words parted from the link text they were glued to (see the class summary); the same
    /// string when no word is glued. The document's own words decide: a word is only parted from a capitalised word the
    /// document also writes on its own, so a name that merely looks glued stays whole.
    /// </summary>
    private static string PartGlued(string text)
    {
        var glued = Glued().Match(text);
        if (!glued.Success) return text;
        var alone = WordCounts(text);
        return Glued().Replace(text, match =>
        {
            var link = match.Groups["link"];
            if (link.Success)
                return alone.GetValueOrDefault(link.Value) > 0 ? match.Groups["function"].Value + " " + link.Value : match.Value;
            var line = match.Groups["line"];
            if (line.Success)
                return alone.GetValueOrDefault(line.Value) > 0 && alone.GetValueOrDefault(line.Value) >= alone.GetValueOrDefault(match.Value)
                    ? line.Value + "\n" + match.Groups["opening"].Value : match.Value;
            var (word, tail) = (match.Groups["word"].Value, match.Groups["tail"].Value);
            var times = alone.GetValueOrDefault(word);
            return times >= 3 && times >= 3 * alone.GetValueOrDefault(match.Value) ? word + " " + tail : match.Value;
        });
    }

    /// <summary>How often each word (a run of letters) stands in <paramref name="text"/>, case kept.</summary>
    private static Dictionary<string, int> WordCounts(string text)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var lookup = counts.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var i = 0; i < text.Length;)
        {
            if (!char.IsLetter(text[i])) { i++; continue; }
            var start = i;
            while (i < text.Length && char.IsLetter(text[i])) i++;
            var word = text.AsSpan(start, i - start);
            lookup[word] = lookup.TryGetValue(word, out var n) ? n + 1 : 1;
        }
        return counts;
    }

    // Two kinds of glue a link leaves: a lower-case function word, or "The", then a capitalised word of two letters or
    // more ("thePittsburgh", "ThePittsburgh", "atPNC"; "InDesign" and "InCoder" are names); a capitalised word of three
    // lower-case letters or more then "are", "and", "was", "were" or "of" ("Piratesare", "Steelersand"; endings such as
    // "in" and "is" end too many names: "Rockin", "Justin", "Alexis"); and a word run into the capitalised word that
    // opened the next line ("Admission: FreeThe doors open", "won the Nobel PrizeIn 1975"), parted by a line break.
    // Letters must not go on either side.
    [GeneratedRegex(@"(?<!\p{L})(?<function>[Tt]he|in|at|of|and|to|with|by|from|for|on|was|were|is|are|as|an|or)(?<link>\p{Lu}\p{L}+)(?!\p{L})" +
        @"|(?<!\p{L})(?<word>\p{Lu}\p{Ll}{2,}?)(?<tail>are|and|was|were|of)(?!\p{L})" +
        @"|(?<!\p{L})(?<line>\p{Lu}?\p{Ll}{2,})(?<opening>The|In|At|On|For|From|With|By|As|An|And|Of|To|This|It|We|Our|Each)(?= )")]
    private static partial Regex Glued();

    /// <summary>Whether some digit is followed by a capital letter: the cheap test that lets most texts skip the pattern.</summary>
    private static bool HasGluedNumber(string text)
    {
        for (var i = text.AsSpan().IndexOfAnyInRange('0', '9'); i >= 0 && i + 1 < text.Length; )
        {
            if (char.IsUpper(text[i + 1])) return true;
            var next = text.AsSpan(i + 1).IndexOfAnyInRange('0', '9');
            i = next < 0 ? -1 : i + 1 + next;
        }
        return false;
    }
}
