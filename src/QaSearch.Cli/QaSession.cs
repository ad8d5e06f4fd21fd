using QaSearch.Core.Answering;
using QaSearch.Core.Extraction;
using QaSearch.Core.Retrieval;
using QaSearch.Lucene;

namespace QaSearch.Cli;

/// <summary>An opened index with the pipeline over it, for the verbs that answer questions. Dispose to close the index.</summary>
internal sealed class QaSession : IDisposable
{
    public QaSession(string indexPath, RetrievalSettings settings, int passages, ExtractorOptions? extractor = null)
    {
        Retriever = new LuceneRetriever(indexPath, settings);
        Pipeline = new QaPipeline(Retriever, new AnswerExtractor(extractor), passages);
    }

    public LuceneRetriever Retriever { get; }
    public QaPipeline Pipeline { get; }

    public void Dispose() => Retriever.Dispose();
}
