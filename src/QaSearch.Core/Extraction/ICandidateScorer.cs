namespace QaSearch.Core.Extraction;

/// <summary>
/// Ranks a question's candidates by their features and says how sure the best one is: the logistic
/// <see cref="ScoringWeights"/> or the learned <see cref="TreeRanker"/>. Implementations are immutable.
/// </summary>
public interface ICandidateScorer
{
    /// <summary>The ranking score of a feature vector in <see cref="CandidateFeatures.Names"/> order (higher is better).</summary>
    double Score(double[] features);

    /// <summary>The calibrated confidence in [0, 1] of a ranking score: how often an answer scored so is right.</summary>
    double Confidence(double score);

    /// <summary>
    /// The calibrated confidence of the best answer from its score and its lead over the next different answer
    /// (<see cref="ScoringWeights.Lead"/>); a scorer not calibrated on the lead ignores it.
    /// </summary>
    double Confidence(double score, double lead) => Confidence(score);
}

/// <summary>Reads the scorer files <c>qasearch train</c> writes.</summary>
public static class CandidateScorers
{
    /// <summary>The scorer that ships with QaSearch.</summary>
    public static ICandidateScorer Default => ScoringWeights.Default;

    /// <summary>Reads a weights file (logistic) or a ranker file (trees), told apart by their content.</summary>
    /// <exception cref="InvalidDataException">The file is neither (names the file and the problem).</exception>
    public static ICandidateScorer Load(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InvalidDataException($"{path}: cannot read the scorer file ({e.Message})", e);
        }
        // Read once; the content says which kind it is.
        return text.Contains("\"trees\"", StringComparison.Ordinal) ? TreeRanker.FromText(path, text) : ScoringWeights.FromText(path, text);
    }
}
