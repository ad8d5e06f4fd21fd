using System.Net;
using System.Text.RegularExpressions;

namespace QaSearch.Core.Corpus;

/// <summary>
/// TREC's SGML-like text format, as in Anserini's collections and topic files: a run of
/// <c>&lt;DOC&gt; &lt;DOCNO&gt; id &lt;/DOCNO&gt; … &lt;/DOC&gt;</c> blocks. Each block is one document, its id the DOCNO, its
/// title the first HEAD, HL, HEADLINE or TITLE element, and its text everything else with the tags removed.
/// </summary>
internal static partial class TrecText
{
    /// <summary>Whether <paramref name="text"/> is in this format: its first non-blank characters open a DOC.</summary>
    public static bool Looks(string text) => text.AsSpan().TrimStart().StartsWith("<DOC>", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The documents of <paramref name="text"/>, in order. A block without a DOCNO is skipped with a warning, and an
    /// unclosed last block runs to the end of the text.
    /// </summary>
    public static List<(string DocNo, string Title, string Text)> Parse(string text, IList<string> warnings)
    {
        var documents = new List<(string, string, string)>();
        var number = 0;
        foreach (Match block in DocBlock().Matches(text))
        {
            number++;
            var body = block.Groups["body"].Value;
            if (!block.Groups["close"].Success)
                warnings.Add($"DOC {number} is not closed by </DOC>; read to the end of the file");
            var docNo = DocNo().Match(body);
            if (!docNo.Success || docNo.Groups["id"].Value.Trim().Length == 0)
            {
                warnings.Add($"DOC {number} has no DOCNO; skipped");
                continue;
            }
            body = body.Remove(docNo.Index, docNo.Length);
            var title = Title().Match(body) is { Success: true } heading ? Clean(heading.Groups["title"].Value) : "";
            documents.Add((docNo.Groups["id"].Value.Trim(), Collapse(title), Clean(body)));
        }
        return documents;
    }

    /// <summary>The text on one line: each run of white space (line breaks too) becomes one space, and the ends are trimmed.</summary>
    public static string Collapse(string text) => WhiteRun().Replace(text, " ").Trim();

    /// <summary>The text with tags removed, entities decoded and blank edges trimmed; line breaks are kept for the sentence splitter.</summary>
    private static string Clean(string sgml) => WebUtility.HtmlDecode(Tag().Replace(sgml, " ")).Trim();

    [GeneratedRegex(@"<DOC>(?<body>.*?)(?:(?<close></DOC>)|\z)", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex DocBlock();

    [GeneratedRegex(@"<DOCNO>(?<id>.*?)</DOCNO>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex DocNo();

    [GeneratedRegex(@"<(?<tag>HEAD|HL|HEADLINE|TITLE)>(?<title>.*?)</\k<tag>>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Title();

    [GeneratedRegex(@"</?[A-Za-z][^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteRun();
}
