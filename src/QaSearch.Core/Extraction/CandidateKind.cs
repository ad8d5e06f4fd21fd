namespace QaSearch.Core.Extraction;

/// <summary>How a candidate span was found.</summary>
public enum CandidateKind
{
    /// <summary>The value of a <c>Key: value</c> field whose key matches what the question asks for.</summary>
    Field,
    /// <summary>A typed recognizer matched it (date, email, number …).</summary>
    Typed,
    /// <summary>A run of capitalized words.</summary>
    Name,
    /// <summary>A noun phrase from the light chunker.</summary>
    Phrase,
    /// <summary>A clause or sentence, for questions that want a description.</summary>
    Clause,
}
