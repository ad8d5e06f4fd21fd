using System.CommandLine;
using QaSearch;
using QaSearch.Core;
using QaSearch.Core.Answering;
using QaSearch.Core.Extraction;

namespace QaSearch.Cli.Commands;

/// <summary><c>qasearch ask QUESTION [--json] [--explain]</c>: one answer with its source and evidence.</summary>
internal static class AskCommand
{
    public static Command Create()
    {
        var question = new Argument<string>("question") { Description = "The question, in plain English" };
        var index = CliOptions.Index();
        var json = CliOptions.Json();
        var explain = new Option<bool>("--explain") { Description = "Show the features behind the top three candidates" };
        var extractor = new ExtractorFlags();
        var passages = CliOptions.Passages();
        var retrieval = new RetrievalOptions();
        var command = new Command("ask", "Answer one question from the index: the answer span, its confidence, its source and the sentence it stands in.\n\nExample:\n  ./qasearch ask \"When was the Harbor Festival founded?\"")
        {
            question, index, json, explain, passages,
        };
        retrieval.AddTo(command);
        extractor.AddTo(command);
        command.SetAction(result => CommandGuard.Run(() =>
        {
            if (!QaPipeline.HasWords(result.GetValue(question)!))
                throw new ArgumentException("a question is needed, in words: ./qasearch ask \"When was the lighthouse built?\"");
            using var engine = QaEngine.Open(result.GetValue(index)!, CliOptions.Engine(result, retrieval, extractor, passages));
            var answer = engine.Pipeline.Ask(result.GetValue(question)!);
            if (result.GetValue(json))
                Console.WriteLine(AnswerJson.Write(answer, explain: result.GetValue(explain), displayPath: CliOptions.Display));
            else
                PrintPlain(answer, result.GetValue(explain));
            return CommandGuard.Ok;
        }));
        return command;
    }

    private static void PrintPlain(Answer answer, bool explain)
    {
        if (answer.ReadAs is { } readAs) Console.WriteLine($"Read as:    {readAs}");
        if (answer.Text is null)
        {
            Console.WriteLine($"No answer (confidence {answer.Score:0.00}).");
            if (answer.Evidence is { } guess && answer.Passage is { } passage)
                Console.WriteLine($"Closest: {Marked(guess)}\n  in {CliOptions.Display(passage.Path)}");
        }
        else
        {
            Console.WriteLine($"Answer:     {answer.Text}");
            Console.WriteLine($"Confidence: {answer.Score:0.00}");
            Console.WriteLine($"Source:     {CliOptions.Display(answer.Source!.Path)} [{answer.Source.Start}-{answer.Source.End}]{(answer.Source.Location is { } location ? ", " + location : "")}");
            if (answer.Evidence is { } evidence)
                Console.WriteLine($"Evidence:   {Marked(evidence)}");
            if (answer.Aggregation is { } aggregation)
                Console.WriteLine($"Computed:   {aggregation.Query} ({aggregation.Matched} record{(aggregation.Matched == 1 ? "" : "s")} matched)");
        }
        if (!explain) return;
        if (answer.Aggregation is { } records)
        {
            Console.WriteLine($"\nQuery: {records.Query}\nRecords behind it ({records.Evidence.Count} of {records.Matched} shown):");
            foreach (var record in records.Evidence)
                Console.WriteLine($"  {CliOptions.Display(record.Passage.Path)} [{record.Passage.Start + record.Span.Start}-{record.Passage.Start + record.Span.End}]");
            return;
        }
        if (answer.Candidates.Count == 0)
        {
            // Yes/no, a choice, or a question-and-answer pair of the passages: read from a sentence or a pair, not scored spans.
            Console.WriteLine(answer.HasAnswer ? "\nNo span candidates: the answer was read from the evidence above, not chosen among scored spans." : "\nNo span candidates.");
            return;
        }
        Console.WriteLine("\nTop candidates:");
        foreach (var candidate in answer.Candidates)
        {
            Console.WriteLine($"  {candidate.Score:0.000}  {candidate.Text}   ({candidate.PassageId})");
            Console.WriteLine("         " + string.Join("  ", candidate.Features.Where(f => f.Value != 0).Select(f => $"{f.Key}={f.Value:0.##}")));
        }
    }

    /// <summary>The evidence sentence on one line with the answer between »«.</summary>
    internal static string Marked(AnswerEvidence evidence)
    {
        var s = evidence.Sentence;
        var marked = s[..evidence.Span.Start] + "»" + s[evidence.Span.Start..evidence.Span.End] + "«" + s[evidence.Span.End..];
        return marked.ReplaceLineEndings(" ");
    }
}
