using QaSearch.Core.Extraction;
using QaSearch.Core.Retrieval;

namespace QaSearch.Core.Answering;

/// <summary>What <see cref="QaPipeline.Explain"/> shows: the passages retrieved, best first, and the extraction over them.</summary>
/// <param name="Retrieved">The retrieved passages, best first (the extractor read the first few).</param>
/// <param name="Extraction">The answer, with every candidate and its features.</param>
public sealed record PipelineTrace(IReadOnlyList<RetrievedPassage> Retrieved, ExtractionTrace Extraction)
{
    /// <summary>The answer, as <see cref="QaPipeline.Ask"/> gives it.</summary>
    public Answer Answer => Extraction.Answer;
}
