using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using QaSearch.Core.Evaluation;

namespace QaSearch.Cli.Training;

/// <summary>
/// nq-swap-train (training only): a JSON array of <c>{context, question, answer}</c> whose contexts keep Natural
/// Questions' markup, turned into text as a page would show it: a paragraph or table row a line, a header cell and
/// its value as <c>key: value</c>.
/// </summary>
internal static partial class NaturalQuestionsSet
{
    public static List<EvalQuestion> Read(string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        return json.RootElement.EnumerateArray().Select((e, i) => new EvalQuestion(
            (i + 1).ToString(CultureInfo.InvariantCulture),
            e.GetProperty("question").GetString()!,
            e.GetProperty("answer").GetString()!,
            "",
            Text(e.GetProperty("context").GetString()!))).ToList();
    }

    internal static string Text(string markup)
    {
        var text = BlockTag().Replace(markup, "\n");
        text = HeaderCell().Replace(text, "\n");
        text = HeaderThenValue().Replace(text, ": ");
        text = AnyTag().Replace(text, " ");
        text = SpaceBeforePunctuation().Replace(text, "$1 ").Replace("( ", "(", StringComparison.Ordinal);
        return LineBreak().Replace(text, "\n").Trim();
    }

    [GeneratedRegex(@"\s*</?(?:P|Tr|Li|Ul|Ol|Table|H\d|Dd|Dt|Dl)>\s*", RegexOptions.IgnoreCase)]
    private static partial Regex BlockTag();

    [GeneratedRegex(@"\s*<Th>\s*", RegexOptions.IgnoreCase)]
    private static partial Regex HeaderCell();

    [GeneratedRegex(@"\s*</Th>\s*<Td>\s*", RegexOptions.IgnoreCase)]
    private static partial Regex HeaderThenValue();

    [GeneratedRegex(@"\s*<[^>]+>\s*")]
    private static partial Regex AnyTag();

    [GeneratedRegex(@" ([,.;:!?)%]) ?")]
    private static partial Regex SpaceBeforePunctuation();

    [GeneratedRegex(@"[ \t]*\n[\s]*")]
    private static partial Regex LineBreak();
}
