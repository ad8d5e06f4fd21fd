using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;
using QaSearch.Core.Retrieval;

namespace QaSearch.Lucene;

/// <summary>
/// The one Lucene version, analyzer and similarity used for both indexing and searching, so the two always agree.
/// Analyzer: Lucene's EnglishAnalyzer (standard tokenizer, possessives removed, lower case, English stop words,
/// Porter stemmer), as Anserini's default.
/// </summary>
public static class LuceneSettings
{
    /// <summary>The Lucene version every component is built for.</summary>
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>A new analyzer; analyzers hold per-thread state and are disposed by their owner.</summary>
    public static Analyzer CreateAnalyzer() => new EnglishAnalyzer(Version);

    /// <summary>BM25 with the given parameters.</summary>
    public static Similarity CreateSimilarity(Bm25Options options)
    {
        options.Validate();
        return new BM25Similarity(options.K1, options.B);
    }
}
