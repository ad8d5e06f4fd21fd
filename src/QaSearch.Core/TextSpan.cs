namespace QaSearch.Core;

/// <summary>A half-open range of character offsets [<see cref="Start"/>, <see cref="End"/>) into some text.</summary>
public readonly record struct TextSpan(int Start, int End)
{
    /// <summary>Number of characters covered.</summary>
    public int Length => End - Start;

    /// <summary>The same range moved by <paramref name="offset"/> characters.</summary>
    public TextSpan Shift(int offset) => new(Start + offset, End + offset);

    /// <summary>The covered characters of <paramref name="text"/>.</summary>
    public string Of(string text) => text.Substring(Start, Length);

    /// <summary>True when <paramref name="other"/> lies wholly inside this span.</summary>
    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;
}
