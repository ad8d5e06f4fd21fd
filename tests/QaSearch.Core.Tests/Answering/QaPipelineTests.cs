using QaSearch.Core.Answering;
using QaSearch.Core.Extraction;
using QaSearch.Core.Retrieval;

namespace QaSearch.Core.Tests.Answering;

public sealed class QaPipelineTests
{
    [Fact]
    public void The_pipeline_retrieves_half_as_many_passages_again_as_it_reads()
    {
        // Given a retriever that records how many passages it was asked for
        var retriever = new CountingRetriever();
        var pipeline = new QaPipeline(retriever, new AnswerExtractor(), passages: 4);

        // When a question is asked, and when it is asked to read 10
        pipeline.Ask("When is high tide?");
        pipeline.Ask("When is high tide?", passages: 10);

        // Then 6 and 15 were retrieved, for the extractor to read the 4 and 10 that hold most of the question
        Assert.Equal([6, 15], retriever.Asked);
    }

    private sealed class CountingRetriever : IRetriever
    {
        public List<int> Asked { get; } = [];

        public IReadOnlyList<RetrievedPassage> Retrieve(string query, int top)
        {
            Asked.Add(top);
            return [];
        }
    }
}
