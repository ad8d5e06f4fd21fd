namespace QaSearch.Core.Extraction;

/// <summary>A word of some text with its character span, so that a span of tokens maps back to the text.</summary>
/// <param name="Text">The word as written.</param>
/// <param name="Norm">Lower-case, lightly stemmed form used to match question and passage words.</param>
/// <param name="Span">Where the word stands in the text.</param>
internal readonly record struct Token(string Text, string Norm, TextSpan Span)
{
    /// <summary>True when the word starts with a capital letter.</summary>
    public bool IsCapitalized => Text.Length > 0 && char.IsUpper(Text[0]);

    /// <summary>True when the word has a digit.</summary>
    public bool HasDigit => Text.Any(char.IsDigit);
}
