namespace QaSearch.Core.Extraction;

/// <summary>
/// The candidates of one training question: each one's features, how well its text matches the reference (token F1),
/// and its normalised text (candidates with the same text are one answer, as the extractor merges them; null: all differ).
/// </summary>
internal sealed record TrainingGroup(IReadOnlyList<double[]> Features, IReadOnlyList<double> F1, IReadOnlyList<string>? Keys = null);
