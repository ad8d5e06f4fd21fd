using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using QaSearch.Core.Extraction;

namespace QaSearch.Lucene;

/// <summary>
/// Adds the joined form of two adjacent upper-case words, so that an acronym written in two parts matches the one
/// written whole: "MS AII" and "MS-AII" also index "MSAII", "CS 101" also "CS101". The joined token stands at the
/// second word's position (an increment of 0, as a synonym does), so phrase distances and, with BM25's overlap
/// discount, each document's length norm are unchanged; only the collection's average length counts it (Lucene's
/// sum of term frequencies does). The same filter runs on questions, so a question that writes "MS AII" finds a
/// passage that wrote "MSAII", and the other way round.
/// </summary>
/// <remarks>
/// Reads the tokenizer's output before lower-casing, to see the case. Two words join when each may be a part of an
/// acronym by the extractor's rule (<see cref="Acronyms.IsPart"/>: 2–6 letters and digits, no lower-case letter),
/// neither is a stop word ("OF THE"), and one space, hyphen or slash separates them (<see cref="Acronyms.Joins"/>), not
/// a line break: the last word of a heading and the first of the next line are no acronym.
/// </remarks>
internal sealed class JoinedAcronymFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly IPositionIncrementAttribute _increment;
    private readonly CharArraySet _stopWords;

    // The word before the current one, when it may start a joined form.
    private string? _previous;
    private int _previousStart, _previousEnd;
    // The joined form waiting to follow the word just emitted.
    private State? _pendingState;
    private string? _pending;
    private int _pendingStart;

    /// <param name="input">The tokenizer's output, not yet lower-cased.</param>
    /// <param name="stopWords">Words never joined, matched without regard to case.</param>
    public JoinedAcronymFilter(TokenStream input, CharArraySet stopWords) : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _increment = AddAttribute<IPositionIncrementAttribute>();
        _stopWords = stopWords;
    }

    /// <summary>The text being read, to see the character between two words; no word is joined without it.</summary>
    public RecentTextReader? Text { get; set; }

    public override bool IncrementToken()
    {
        if (_pending is not null)
        {
            RestoreState(_pendingState);
            var end = _offset.EndOffset;
            _term.SetEmpty().Append(_pending);
            _offset.SetOffset(_pendingStart, end);
            _increment.PositionIncrement = 0;
            (_pending, _pendingState) = (null, null);
            return true;
        }
        if (!m_input.IncrementToken()) return false;

        var (start, stop) = (_offset.StartOffset, _offset.EndOffset);
        var second = IsPart(first: false);
        var first = second && IsPart(first: true);
        if (second && _previous is not null && start - _previousEnd == 1 && Text?.At(_previousEnd) is { } between && Acronyms.Joins(between))
        {
            _pending = _previous + _term.ToString();
            _pendingStart = _previousStart;
            _pendingState = CaptureState();
        }
        (_previous, _previousStart, _previousEnd) = first ? (_term.ToString(), start, stop) : (null, 0, 0);
        return true;
    }

    /// <summary>Whether the current term may be a part of an acronym (<see cref="Acronyms.IsPart"/>), and is no stop word.</summary>
    private bool IsPart(bool first) =>
        Acronyms.IsPart(_term.Buffer.AsSpan(0, _term.Length), first) && !_stopWords.Contains(_term.Buffer, 0, _term.Length);

    public override void Reset()
    {
        base.Reset();
        (_previous, _previousStart, _previousEnd) = (null, 0, 0);
        (_pending, _pendingState, _pendingStart) = (null, null, 0);
    }
}
