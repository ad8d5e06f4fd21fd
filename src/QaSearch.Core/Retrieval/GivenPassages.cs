using QaSearch.Core.Corpus;

namespace QaSearch.Core.Retrieval;

/// <summary>Reading comprehension: a given context, split into passages and handed to the extractor as if retrieved, in order.</summary>
public static class GivenPassages
{
    /// <summary>The passages of <paramref name="context"/>, all with score 1, ranked by position.</summary>
    public static IReadOnlyList<RetrievedPassage> From(string context, string id, PassageSplitter splitter)
    {
        ArgumentNullException.ThrowIfNull(context);
        var document = new SourceDocument(id, "(given context)", "", context);
        return splitter.Split(document).Select((p, i) => new RetrievedPassage(p, 1.0, i)).ToList();
    }
}
