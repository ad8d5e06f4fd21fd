using System.Text.RegularExpressions;

namespace QaSearch.Core.Extraction;

/// <summary>
/// A yes/no question with a follow-up for when the answer is yes: "Does Harbor have a ferry, and if so, what is it
/// called?" The follow-up is asked on its own, its pronoun replaced by what the first part asks about ("What is
/// Harbor's ferry called?"), so that the answer can say both: "Yes, the Gull Star".
/// </summary>
internal static partial class CompoundQuestion
{
    /// <summary>
    /// The follow-up of a yes/no question that has one ("and if so, what is it called?"), made a question of its own;
    /// null when the question has none.
    /// </summary>
    public static string? FollowUp(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        if (IfSo().Match(question) is not { Success: true } match) return null;
        var (first, then) = (match.Groups["first"].Value.Trim(), match.Groups["then"].Value.Trim());
        if (then.Length == 0 || first.Length == 0) return null;
        var subject = WhatIsAsked(first);
        // "what is it called?" → "what is Harbor's ferry called?"; a follow-up without a pronoun ("when?") is asked about it.
        var asked = Pronoun().IsMatch(then) ? Pronoun().Replace(then, subject, 1) : then.TrimEnd('?', ' ') + " " + subject;
        return asked.TrimEnd().EndsWith('?') ? asked : asked.TrimEnd() + "?";
    }

    /// <summary>
    /// What the yes/no part asks about: "Is there a ferry to Gull Point" → "a ferry to Gull Point"; "Does Harbor have
    /// a ferry" → "Harbor's ferry"; otherwise the part without its opening auxiliary.
    /// </summary>
    private static string WhatIsAsked(string first)
    {
        first = first.TrimEnd('?', ' ');
        if (ThereIs().Match(first) is { Success: true } there) return there.Groups["thing"].Value;
        if (OwnerHas().Match(first) is { Success: true } has)
            return has.Groups["owner"].Value + "'s " + has.Groups["thing"].Value;
        return Auxiliary().Replace(first, "", 1);
    }

    [GeneratedRegex(@"^(?<first>.+?)[,;]?\s+(?:and\s+)?if\s+so[,:]?\s+(?<then>\S.*)$", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex IfSo();

    [GeneratedRegex(@"\b(?:it|they|them|one|those)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Pronoun();

    [GeneratedRegex(@"^(?:is|are|was|were)\s+there\s+(?<thing>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex ThereIs();

    [GeneratedRegex(@"^(?:does|do|did)\s+(?<owner>.+?)\s+(?:have|own|offer|host|run)\s+(?:an?\s+|any\s+|the\s+)?(?<thing>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex OwnerHas();

    [GeneratedRegex(@"^(?:is|are|was|were|does|do|did|has|have|had|can|could|will|would|should)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex Auxiliary();
}
