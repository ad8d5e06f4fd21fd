namespace QaSearch.Core.Extraction;

/// <summary>
/// Which of the question's key terms a passage word stands for: the term itself, or the term inflected otherwise (the
/// same light stem, <see cref="TextTokenizer.LightStem"/>: "moved" for "move", "opened" for "open"). Looked up for
/// every word of every passage read, so it builds no string per word. Immutable.
/// </summary>
internal sealed class KeyTermMatcher
{
    private readonly HashSet<string> _terms;
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _byStem;

    /// <param name="terms">The key terms (normalised); of two with the same stem, the first stands for it.</param>
    public KeyTermMatcher(IEnumerable<string> terms)
    {
        _terms = new HashSet<string>(terms, StringComparer.Ordinal);
        var byStem = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var term in terms) byStem.TryAdd(TextTokenizer.LightStem(term), term);
        _byStem = byStem.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The key term a passage word (normalised) stands for, or null.</summary>
    public string? TermOf(string norm) =>
        _terms.Contains(norm) ? norm : _byStem.TryGetValue(norm.AsSpan(0, TextTokenizer.LightStemLength(norm)), out var term) ? term : null;
}
