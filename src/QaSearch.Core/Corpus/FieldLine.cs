using System.Text.RegularExpressions;

namespace QaSearch.Core.Corpus;

/// <summary>A <c>Key: value</c> line of semi-structured text (a record, a profile, a table row rendered as fields).</summary>
/// <param name="Key">The key's text.</param>
/// <param name="Line">The whole line's range in the text.</param>
/// <param name="Value">The value's range in the text.</param>
internal sealed partial record FieldLine(string Key, TextSpan Line, TextSpan Value)
{
    /// <summary>The <c>Key: value</c> lines of <paramref name="text"/>, in order. Keys are short (at most six words) and start with a letter.</summary>
    public static List<FieldLine> Find(string text)
    {
        var fields = new List<FieldLine>();
        foreach (Match match in KeyValue().Matches(text))
        {
            var key = match.Groups["key"];
            var value = match.Groups["value"];
            if (key.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 6) continue;
            var valueEnd = value.Index + value.Length;
            while (valueEnd > value.Index && char.IsWhiteSpace(text[valueEnd - 1])) valueEnd--;
            if (valueEnd <= value.Index) continue;
            // A label with no colon ("Email ada@…", "Office 6705 Gates") is a field only when what follows is a
            // value, not a sentence that happens to open with the word ("Office locations for faculty … website.").
            if (!match.Groups["colon"].Success && IsSentence(text.AsSpan(value.Index, valueEnd - value.Index))) continue;
            fields.Add(new FieldLine(key.Value.Trim(), new TextSpan(match.Index, valueEnd), new TextSpan(value.Index, valueEnd)));
        }
        return fields;
    }

    private static bool IsSentence(ReadOnlySpan<char> value) => value[^1] == '.' && value.Count(' ') >= 4;

    /// <summary>
    /// Runs of <paramref name="fields"/> (the field lines of <paramref name="text"/>) that form one record each: lines
    /// at most one empty line apart (<see cref="JoinsRecord"/>). Records of two kinds run together are told apart where
    /// the keys change how they are written, when a key comes round again written otherwise: "Name", "Title" after a
    /// paper's "title", "year", "tldr" start a profile at "Name". With <paramref name="newAtRepeatedKey"/>, a key the
    /// record already has, as written, starts the next record as well: records of one kind run together with no line
    /// between them ("…\nyear: 2023\ntitle: …") are told apart by their first key coming round again.
    /// </summary>
    public static List<TextSpan> Records(string text, List<FieldLine> fields, bool newAtRepeatedKey = false)
    {
        var blocks = new List<TextSpan>();
        var open = new List<FieldLine>(); // the field lines of the last block
        // Where each key (in any case) was last seen in the last block: a run of thousands of fields is read in one pass.
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var field in fields)
        {
            if (open.Count == 0 || !JoinsRecord(text.AsSpan(blocks[^1].End, field.Line.Start - blocks[^1].End)))
            {
                Start(field);
                continue;
            }
            var earlier = seen.GetValueOrDefault(field.Key, -1);
            if (earlier >= 0 && !string.Equals(open[earlier].Key, field.Key, StringComparison.Ordinal) && LastStyleChange(open, earlier, field) is { } at)
            {
                if (at == open.Count)
                {
                    Start(field);
                    continue;
                }
                // The lines from the change on are the next record's.
                var moved = open.GetRange(at, open.Count - at);
                blocks[^1] = new TextSpan(blocks[^1].Start, open[at - 1].Line.End);
                blocks.Add(new TextSpan(moved[0].Line.Start, moved[^1].Line.End));
                open.Clear();
                seen.Clear();
                foreach (var line in moved) Add(line);
            }
            else if (earlier >= 0 && newAtRepeatedKey && string.Equals(open[earlier].Key, field.Key, StringComparison.Ordinal))
            {
                Start(field);
                continue;
            }
            blocks[^1] = new TextSpan(blocks[^1].Start, field.Line.End);
            Add(field);
        }
        return blocks;

        void Start(FieldLine field)
        {
            blocks.Add(field.Line);
            open.Clear();
            seen.Clear();
            Add(field);
        }

        void Add(FieldLine field)
        {
            seen[field.Key] = open.Count;
            open.Add(field);
        }
    }

    /// <summary>
    /// <paramref name="records"/> (in order, over <paramref name="text"/>) each with the line right above it when that
    /// line heads it (short, no field, no sentence end: "&lt;start course metadata for 11-631 …&gt;", an event's
    /// name) and a closing tag right below it ("&lt;/end course metadata …&gt;").
    /// </summary>
    public static List<TextSpan> Headed(string text, List<TextSpan> records)
    {
        var blocks = new List<TextSpan>(records.Count);
        for (var i = 0; i < records.Count; i++)
        {
            var (start, end) = (records[i].Start, records[i].End);
            var floor = i > 0 ? records[i - 1].End : 0;
            if (LineAbove(text, start, floor) is { } above && IsHeading(above.Of(text))) start = above.Start;
            var ceiling = i + 1 < records.Count ? records[i + 1].Start : text.Length;
            if (LineBelow(text, end, ceiling) is { } below && below.Of(text).StartsWith("</", StringComparison.Ordinal)) end = below.End;
            blocks.Add(new TextSpan(start, end));
        }
        return blocks;
    }

    private static bool IsHeading(string line) =>
        line.Length <= 120 && line[^1] is not ('.' or '!' or '?' or ',' or ';' or ':') && !line.StartsWith("</", StringComparison.Ordinal);

    /// <summary>The trimmed line that ends right before the line at <paramref name="lineStart"/> (no empty line between), not before <paramref name="floor"/>.</summary>
    private static TextSpan? LineAbove(string text, int lineStart, int floor)
    {
        var newline = lineStart - 1;
        while (newline >= floor && text[newline] is ' ' or '\t' or '\r') newline--;
        if (newline < floor || text[newline] != '\n') return null;
        var start = newline > floor ? text.LastIndexOf('\n', newline - 1, newline - floor) + 1 : floor;
        return SentenceSplitter.Trimmed(text, Math.Max(start, floor), newline);
    }

    /// <summary>The trimmed line that starts right after the line ending at <paramref name="lineEnd"/>, not past <paramref name="ceiling"/>.</summary>
    private static TextSpan? LineBelow(string text, int lineEnd, int ceiling)
    {
        var newline = text.IndexOf('\n', lineEnd, ceiling - lineEnd);
        if (newline < 0) return null;
        var end = text.IndexOf('\n', newline + 1, ceiling - newline - 1);
        return SentenceSplitter.Trimmed(text, newline + 1, end < 0 ? ceiling : end);
    }

    /// <summary>
    /// Where the run of keys written like <paramref name="next"/>'s (the case of its first letter) that ends
    /// <paramref name="open"/> starts, after the line <paramref name="earlier"/>: an index of <paramref name="open"/>,
    /// its count when the last key is written otherwise; null when every key after <paramref name="earlier"/>, and
    /// that one too, is written so (no change of kind to split at).
    /// </summary>
    private static int? LastStyleChange(List<FieldLine> open, int earlier, FieldLine next)
    {
        static bool Capital(FieldLine f) => char.IsUpper(f.Key[0]);
        var style = Capital(next);
        var at = open.Count;
        while (at > earlier + 1 && Capital(open[at - 1]) == style) at--;
        return Capital(open[at - 1]) == style ? null : at;
    }

    /// <summary>
    /// Whether the text between two field lines keeps them in one record: white space with at most one empty line,
    /// and maybe keys with no value ("Office:" in a profile whose office is not given).
    /// </summary>
    public static bool JoinsRecord(ReadOnlySpan<char> gap)
    {
        // Line breaks, less one for each empty key's line: two at most is at most one empty line.
        var breaks = gap.Count('\n');
        foreach (var line in gap.EnumerateLines())
        {
            if (line.IsWhiteSpace()) continue;
            if (!EmptyKey().IsMatch(line)) return false;
            breaks--;
        }
        return breaks <= 2;
    }

    // A key alone on its line, with nothing after its colon.
    [GeneratedRegex(@"^[ \t]*[A-Za-z][A-Za-z0-9 /&()'.,-]{0,48}:[ \t]*$")]
    private static partial Regex EmptyKey();

    // A key at the start of a line, then ':' (or the label "Email"/"Phone" with no colon), then the value to the line's end.
    [GeneratedRegex(@"^[ \t]*(?<key>[A-Za-z][A-Za-z0-9 /&()'.,-]{0,48}?)[ \t]*(?:(?<colon>:)|(?<=^[ \t]*(?:Email|E-mail|Phone|Fax|Office)))[ \t]*(?<value>[^\s:][^\n]*)$", RegexOptions.Multiline)]
    private static partial Regex KeyValue();
}
