using System.CommandLine;
using QaSearch.Core.Extraction;

namespace QaSearch.Cli;

/// <summary>The extractor's flags every answering verb has: threshold, weights file and lexicon file. Made fresh for each verb.</summary>
internal sealed class ExtractorFlags
{
    private readonly Option<double> _minConfidence = new("--min-confidence")
    {
        Description = "Answer null below this confidence (0 to 1)",
        DefaultValueFactory = _ => new ExtractorOptions().MinConfidence,
    };

    private readonly Option<string?> _weights = new("--weights")
    {
        Description = "A scorer file written by 'qasearch train': ranker.json (trees) or weights.json (logistic); default: the shipped ranker",
    };

    private readonly Option<string?> _lexicon = new("--lexicon")
    {
        Description = "A JSON word-list file for your domain (same shape as src/QaSearch.Core/Extraction/lexicon.json; its sections replace the shipped ones)",
    };

    /// <summary>Adds the flags to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(_minConfidence);
        command.Options.Add(_weights);
        command.Options.Add(_lexicon);
    }

    /// <summary>The extractor options the flags give.</summary>
    /// <exception cref="InvalidDataException">The weights or lexicon file is bad (names the file).</exception>
    public ExtractorOptions Read(ParseResult result) =>
        new()
        {
            MinConfidence = result.GetValue(_minConfidence),
            Scorer = result.GetValue(_weights) is { } weights ? CandidateScorers.Load(weights) : CandidateScorers.Default,
            Lexicon = result.GetValue(_lexicon) is { } lexicon ? Lexicon.Load(lexicon) : Lexicon.Default,
        };
}
