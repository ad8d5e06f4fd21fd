namespace QaSearch.Core.Evaluation;

/// <summary>One question of an evaluation set.</summary>
/// <param name="Id">Stable id: the line number or row number in the set.</param>
/// <param name="Question">The question.</param>
/// <param name="Reference">The reference answer; alternates separated by ';'.</param>
/// <param name="Category">The set's category for the question, or "" when it has none.</param>
/// <param name="Context">The given passage, for reading-comprehension sets, else null.</param>
public sealed record EvalQuestion(string Id, string Question, string Reference, string Category, string? Context);
