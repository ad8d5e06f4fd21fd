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
/// <item>a short word glued to a link's text, as pages lose the spaces around their links ("TheGullport Roversare
/// an American professionalfootballteam"), is parted from it when the document writes the linked word on its own
/// elsewhere: a function word before a capitalised word ("theGullport", "atTidewise"), or one after a capitalised word
/// the document writes alone several times as often ("Roversare", "Roverettesand"). Names that only look glued
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
    // 3. An e-mail address broken after a dot of its domain: "name@cs.gull.⏎edu".
    // And one kind of glue, parted as number + " " + word: a number of two digits or more that starts a token, then a
    // capitalised word of three letters or more ("2024Summer").
    [GeneratedRegex(@"(?<left>\b\p{Ll}{2,})-(?:[ \t]*\r?\n[ \t]*| )(?<right>\p{Ll}+)\b" +
        @"|(?<head>\bhttps?://[^\s]+/)[ \t]*\r?\n?[ \t]*(?<tail>[\w.~%-]+(?:/[^\s]*|\.(?:html?|php|aspx?|pdf|md|txt)\b))" +
        @"|(?<head>\b[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.)[ \t]*\r?\n[ \t]*(?<tail>[a-z]{2,})\b" +
        @"|(?<number>\b\d{2,})(?<word>\p{Lu}\p{Ll}{2,})")]
    private static partial Regex Broken();

    /// <summary>Words a link's text is found glued after ("theGullport", "atTidewise"); "The" opens a sentence, "In" opens names ("InDesign").</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> LinkPrefixes = new HashSet<string>(StringComparer.Ordinal)
        { "the", "The", "in", "at", "of", "and", "to", "with", "by", "from", "for", "on", "was", "were", "is", "are", "as", "an", "or" }
        .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Words found glued after a link's text ("Roversare", "Roverettesand"). "in" and "is" end too many names ("Rockin",
    /// "Justin", "Alexis") to be parted off.
    /// </summary>
    private static readonly string[] LinkSuffixes = ["are", "and", "was", "were", "of"];

    /// <summary>Capitalised words that open a line, found glued to the word that ended the line before ("FreeThe doors").</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> LineOpenings = new HashSet<string>(StringComparer.Ordinal)
        { "The", "In", "At", "On", "For", "From", "With", "By", "As", "An", "And", "Of", "To", "This", "It", "We", "Our", "Each" }
        .GetAlternateLookup<ReadOnlySpan<char>>();

    private enum GlueKind { Prefix, Suffix, Line }

    /// <summary>A word (a run of letters from Start up to End) that looks glued, to be parted at Split.</summary>
    private readonly record struct Glue(GlueKind Kind, int Start, int Split, int End);

    /// <summary>
    /// The text with the words a link's text was glued to parted from it (see the class summary); the same string when
    /// no word is glued. The document's own words decide: a word is only parted from a capitalised word the document
    /// also writes on its own, so a name that merely looks glued stays whole. One pass finds the words that look glued;
    /// only a document holding some is counted, and only for the words its guards ask about.
    /// </summary>
    private static string PartGlued(string text)
    {
        List<Glue>? found = null;
        for (var (start, end) = (0, 0); NextWord(text, ref start, ref end);)
            if (GlueIn(text, start, end) is { } glue) (found ??= []).Add(glue);
        if (found is null) return text;
        var alone = Counts(text, found);
        var lookup = alone.GetAlternateLookup<ReadOnlySpan<char>>();
        int Alone(int start, int end) => lookup[text.AsSpan(start, end - start)];
        StringBuilder? parted = null;
        var copied = 0;
        foreach (var glue in found)
        {
            var parts = glue.Kind switch
            {
                GlueKind.Prefix => Alone(glue.Split, glue.End) > 0,
                GlueKind.Suffix => Alone(glue.Start, glue.Split) is var word && word >= 3 && word >= 3 * Alone(glue.Start, glue.End),
                _ => Alone(glue.Start, glue.Split) is var lineEnd && lineEnd > 0 && lineEnd >= Alone(glue.Start, glue.End),
            };
            if (!parts) continue;
            parted ??= new StringBuilder(text.Length + found.Count);
            parted.Append(text, copied, glue.Split - copied).Append(glue.Kind == GlueKind.Line ? '\n' : ' ');
            copied = glue.Split;
        }
        return parted is null ? text : parted.Append(text, copied, text.Length - copied).ToString();
    }

    /// <summary>
    /// The glue the word from <paramref name="start"/> up to <paramref name="end"/> of <paramref name="text"/> looks
    /// like, if any: a link prefix before a capitalised word of two letters or more; a capitalised word of three
    /// lower-case letters or more before a link suffix; a word of two lower-case letters or more (capitalised or not)
    /// before a line opening that a space follows.
    /// </summary>
    private static Glue? GlueIn(string text, int start, int end)
    {
        var word = text.AsSpan(start, end - start);
        var inner = -1;
        for (var c = 1; c < word.Length && inner < 0; c++)
            if (char.IsUpper(word[c])) inner = c;
        if (inner < 0)
        {
            if (!char.IsUpper(word[0])) return null;
            foreach (var suffix in LinkSuffixes)
                if (word.Length >= suffix.Length + 3 && word.EndsWith(suffix, StringComparison.Ordinal) && AllLower(word[1..]))
                    return new Glue(GlueKind.Suffix, start, end - suffix.Length, end);
            return null;
        }
        var head = word[..inner];
        if (word.Length - inner >= 2 && LinkPrefixes.Contains(head))
            return new Glue(GlueKind.Prefix, start, start + inner, end);
        var lower = char.IsUpper(head[0]) ? head[1..] : head;
        if (lower.Length >= 2 && AllLower(lower) && end < text.Length && text[end] == ' ' &&
            LineOpenings.Contains(word[inner..]))
            return new Glue(GlueKind.Line, start, start + inner, end);
        return null;
    }

    private static bool AllLower(ReadOnlySpan<char> letters)
    {
        foreach (var c in letters)
            if (!char.IsLower(c)) return false;
        return true;
    }

    /// <summary>How often each word the guards of <paramref name="found"/> ask about stands in <paramref name="text"/> as a whole word, case kept.</summary>
    private static Dictionary<string, int> Counts(string text, List<Glue> found)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var glue in found)
        {
            counts.TryAdd(text[glue.Start..glue.End], 0);
            counts.TryAdd(glue.Kind == GlueKind.Prefix ? text[glue.Split..glue.End] : text[glue.Start..glue.Split], 0);
        }
        var lookup = counts.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var (start, end) = (0, 0); NextWord(text, ref start, ref end);)
            if (lookup.TryGetValue(text.AsSpan(start, end - start), out var n)) lookup[text.AsSpan(start, end - start)] = n + 1;
        return counts;
    }

    /// <summary>
    /// Moves to the next word (a run of letters) of <paramref name="text"/> at or after <paramref name="end"/>, setting
    /// its <paramref name="start"/> and <paramref name="end"/>; false when none is left.
    /// </summary>
    private static bool NextWord(string text, ref int start, ref int end)
    {
        start = end;
        while (start < text.Length && !char.IsLetter(text[start])) start++;
        end = start;
        while (end < text.Length && char.IsLetter(text[end])) end++;
        return start < text.Length;
    }

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
