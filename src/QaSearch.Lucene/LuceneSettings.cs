using Lucene.Net.Analysis;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;
using QaSearch.Core.Retrieval;

namespace QaSearch.Lucene;

/// <summary>
/// The one Lucene version, analyzer and similarity used for both indexing and searching, so the two always agree.
/// Analyzer: <see cref="PassageAnalyzer"/>, Lucene's EnglishAnalyzer chain with acronyms written in two parts also
/// indexed whole.
/// </summary>
internal static class LuceneSettings
{
    /// <summary>The Lucene version every component is built for.</summary>
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>A new analyzer; analyzers hold per-thread state and are disposed by their owner.</summary>
    public static Analyzer CreateAnalyzer() => new PassageAnalyzer();

    /// <summary>BM25 with the given parameters.</summary>
    public static Similarity CreateSimilarity(Bm25Options options)
    {
        options.Validate();
        return new PartialFieldBm25Similarity(options.K1, options.B);
    }

    /// <summary>
    /// Lucene 4.8's BM25, except for fields that only some Lucene documents carry (the whole-document fields are on
    /// each document's first passage only): there the collection size N and the average length count the documents
    /// that have the field (as Lucene 6 and later do), not every passage. Other fields score exactly as before.
    /// </summary>
    private sealed class PartialFieldBm25Similarity(float k1, float b) : BM25Similarity(k1, b)
    {
        protected override float AvgFieldLength(CollectionStatistics collectionStats) =>
            PassageFields.IsWholeDocument(collectionStats.Field) && collectionStats.DocCount > 0 && collectionStats.SumTotalTermFreq > 0
                ? (float)(collectionStats.SumTotalTermFreq / (double)collectionStats.DocCount)
                : base.AvgFieldLength(collectionStats);

        public override Explanation IdfExplain(CollectionStatistics collectionStats, TermStatistics termStats) =>
            PassageFields.IsWholeDocument(collectionStats.Field) && collectionStats.DocCount > 0
                ? new Explanation(Idf(termStats.DocFreq, collectionStats.DocCount), $"idf(docFreq={termStats.DocFreq}, docCount={collectionStats.DocCount})")
                : base.IdfExplain(collectionStats, termStats);

        public override Explanation IdfExplain(CollectionStatistics collectionStats, TermStatistics[] termStats)
        {
            if (!PassageFields.IsWholeDocument(collectionStats.Field) || collectionStats.DocCount <= 0) return base.IdfExplain(collectionStats, termStats);
            var idf = new Explanation { Description = "idf(), sum of:" };
            foreach (var stat in termStats)
            {
                var term = IdfExplain(collectionStats, stat);
                idf.AddDetail(term);
                idf.Value += term.Value;
            }
            return idf;
        }
    }
}
