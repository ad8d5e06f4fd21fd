using QaSearch.Core.Extraction;
using QaSearch.Core.Retrieval;

namespace QaSearch;

/// <summary>How a <see cref="QaEngine"/> retrieves and reads. Immutable; validated when the engine opens.</summary>
public sealed record QaEngineOptions
{
    /// <summary>BM25, field and proximity weights, feedback and document scoring (defaults: the measured best).</summary>
    public RetrievalSettings Retrieval { get; init; } = new();

    /// <summary>The answer scorer's weights and the confidence below which the answer is null.</summary>
    public ExtractorOptions Extractor { get; init; } = new();

    /// <summary>How many retrieved passages the extractor reads per question (default 10).</summary>
    public int Passages { get; init; } = 10;
}
