namespace QaSearch.Core.Extraction;

/// <summary>The candidates of one training question: each one's features and how well its text matches the reference (token F1).</summary>
internal sealed record TrainingGroup(IReadOnlyList<double[]> Features, IReadOnlyList<double> F1);
