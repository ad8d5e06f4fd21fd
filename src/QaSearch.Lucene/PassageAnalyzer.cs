using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;

namespace QaSearch.Lucene;

/// <summary>
/// Lucene's EnglishAnalyzer chain (standard tokenizer, possessives removed, lower case, English stop words, Porter
/// stemmer), as Anserini's default, with <see cref="JoinedAcronymFilter"/> ahead of the lower-casing: text without
/// two adjacent upper-case words gives exactly EnglishAnalyzer's terms.
/// </summary>
internal sealed class PassageAnalyzer : Analyzer
{
    // A change to the terms some text gets must raise LuceneIndexer.FormatVersion, so that indexes are built again.

    // EnglishAnalyzer's stop words, matched in any case: the joining filter sees words before lower-casing.
    private static readonly CharArraySet StopWordsAnyCase = new(LuceneSettings.Version, EnglishAnalyzer.DefaultStopSet, ignoreCase: true);

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var text = new RecentTextReader();
        var source = new StandardTokenizer(LuceneSettings.Version, text.Reset(reader));
        TokenStream result = new StandardFilter(LuceneSettings.Version, source);
        result = new EnglishPossessiveFilter(LuceneSettings.Version, result);
        var joined = new JoinedAcronymFilter(result, StopWordsAnyCase) { Text = text };
        result = new LowerCaseFilter(LuceneSettings.Version, joined);
        result = new StopFilter(LuceneSettings.Version, result, EnglishAnalyzer.DefaultStopSet);
        result = new PorterStemFilter(result);
        return new Components(source, result, text);
    }

    /// <summary>Components that read each new text through the same <see cref="RecentTextReader"/>, which the joining filter looks into.</summary>
    private sealed class Components(Tokenizer source, TokenStream result, RecentTextReader text) : TokenStreamComponents(source, result)
    {
        protected override void SetReader(TextReader reader) => base.SetReader(text.Reset(reader));
    }
}
