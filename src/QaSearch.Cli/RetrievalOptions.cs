using System.CommandLine;
using QaSearch.Core.Retrieval;

namespace QaSearch.Cli;

/// <summary>The retrieval options every searching verb takes: a settings file, then BM25 and RM3 flags that override it.</summary>
internal sealed class RetrievalOptions
{
    private readonly Option<string?> _settings = new("--settings") { Description = "A JSON settings file: {\"k1\", \"b\", \"titleWeight\", \"proximityWeight\", \"documentScoring\", \"rm3\": {\"model\", \"documents\", \"terms\", \"originalWeight\"}}" };
    private readonly Option<float> _k1 = new("--k1") { Description = "BM25 k1, term-frequency saturation (default 0.9)" };
    private readonly Option<float> _b = new("--b") { Description = "BM25 b, length normalisation from 0 to 1 (default 0.4)" };
    private readonly Option<double> _titleWeight = new("--title-weight") { Description = "Extra weight of title matches (default 0.25)" };
    private readonly Option<double> _proximity = new("--proximity") { Description = "Weight of adjacent query-term pairs found near each other (default 0.2)" };
    private readonly Option<DocumentScoring?> _documentScoring = new("--doc-scoring") { Description = "Document runs: score each document whole (default) or by its best passage (maxp)" };
    private readonly Option<bool> _rm3 = new("--rm3") { Description = "Expand queries with RM3 pseudo-relevance feedback" };
    private readonly Option<FeedbackModel?> _feedbackModel = new("--feedback") { Description = "Expand queries with pseudo-relevance feedback: rm3 or rocchio" };
    private readonly Option<int> _fbDocs = new("--fb-docs") { Description = "RM3 feedback documents (default 10)" };
    private readonly Option<int> _fbTerms = new("--fb-terms") { Description = "RM3 feedback terms (default 10)" };
    private readonly Option<double> _fbWeight = new("--fb-weight") { Description = "RM3 weight of the original query, 0 to 1 (default 0.5)" };

    /// <summary>Adds the options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { _settings, _k1, _b, _titleWeight, _proximity, _documentScoring, _rm3, _feedbackModel, _fbDocs, _fbTerms, _fbWeight })
            command.Options.Add(option);
    }

    /// <summary>The settings: the file's (if any), then each flag given on the command line.</summary>
    /// <exception cref="InvalidDataException">The settings file is bad.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public RetrievalSettings Read(ParseResult result)
    {
        var settings = result.GetValue(_settings) is { } path ? RetrievalSettings.Load(path) : new RetrievalSettings();
        var bm25 = settings.Bm25;
        if (Given(result, _k1)) bm25 = bm25 with { K1 = result.GetValue(_k1) };
        if (Given(result, _b)) bm25 = bm25 with { B = result.GetValue(_b) };
        var feedback = settings.Feedback;
        if (result.GetValue(_rm3) || Given(result, _feedbackModel) || Given(result, _fbDocs) || Given(result, _fbTerms) || Given(result, _fbWeight)) feedback ??= new FeedbackOptions();
        if (feedback is not null)
        {
            if (result.GetValue(_feedbackModel) is { } model) feedback = feedback with { Model = model };
            if (Given(result, _fbDocs)) feedback = feedback with { Documents = result.GetValue(_fbDocs) };
            if (Given(result, _fbTerms)) feedback = feedback with { Terms = result.GetValue(_fbTerms) };
            if (Given(result, _fbWeight)) feedback = feedback with { OriginalWeight = result.GetValue(_fbWeight) };
        }
        var titleWeight = Given(result, _titleWeight) ? result.GetValue(_titleWeight) : settings.TitleWeight;
        var proximity = Given(result, _proximity) ? result.GetValue(_proximity) : settings.ProximityWeight;
        var documentScoring = result.GetValue(_documentScoring) ?? settings.DocumentScoring;
        settings = settings with { Bm25 = bm25, TitleWeight = titleWeight, ProximityWeight = proximity, DocumentScoring = documentScoring, Feedback = feedback };
        settings.Validate();
        return settings;
    }

    private static bool Given(ParseResult result, Option option) => result.GetResult(option) is { Implicit: false };
}
