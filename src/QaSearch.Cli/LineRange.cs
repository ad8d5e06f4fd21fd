namespace QaSearch.Cli;

/// <summary>A 1-based inclusive range of questions, "FROM-TO", as given to --lines and --squad-rows.</summary>
internal static class LineRange
{
    /// <summary>The items in the range, or all of them when <paramref name="range"/> is null.</summary>
    /// <exception cref="ArgumentException">The range is not FROM-TO with 1 ≤ FROM ≤ TO.</exception>
    public static List<T> Select<T>(IReadOnlyList<T> items, string? range, string option = "--lines")
    {
        if (range is null) return items.ToList();
        var parts = range.Split('-');
        if (parts.Length != 2 || !int.TryParse(parts[0], out var from) || !int.TryParse(parts[1], out var to) || from < 1 || to < from)
            throw new ArgumentException($"{option} takes FROM-TO with 1 <= FROM <= TO, not '{range}'");
        return items.Skip(from - 1).Take(to - from + 1).ToList();
    }
}
