using System.CommandLine;
using QaSearch;
using QaSearch.Core;
using QaSearch.Core.Answering;
using QaSearch.Core.Extraction;
using Spectre.Console;

namespace QaSearch.Cli.Commands;

/// <summary><c>qasearch answer FILE... [--output OUT.jsonl]</c>: many questions, one JSON line each, in input order.</summary>
internal static class AnswerCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("files") { Description = "Question files, .txt (one question a line) or .jsonl ({\"id\"?, \"question\"} a line)", Arity = ArgumentArity.OneOrMore };
        var index = CliOptions.Index();
        var output = new Option<string?>("--output", "-o") { Description = "Write the JSON lines here instead of stdout" };
        var minConfidence = CliOptions.MinConfidence();
        var weights = CliOptions.Weights();
        var passages = CliOptions.Passages();
        var retrieval = new RetrievalOptions();
        var command = new Command("answer", "Answer many questions; writes one JSON line per question with the fields of 'ask --json' plus 'id'.\n\nExample:\n  ./qasearch answer questions.txt --output answers.jsonl")
        {
            files, index, output, minConfidence, weights, passages,
        };
        retrieval.AddTo(command);
        command.SetAction(result => CommandGuard.Run(() =>
        {
            var questions = QuestionInputs.Read(result.GetValue(files)!);
            using var engine = QaEngine.Open(result.GetValue(index)!, CliOptions.Engine(result, retrieval, minConfidence, weights, passages));
            var outputPath = result.GetValue(output);
            using var file = outputPath is null ? null : new StreamWriter(outputPath);
            var writer = (TextWriter?)file ?? Console.Out;
            var answered = 0;
            void Run(Action? tick)
            {
                // Questions are answered in parallel and written in input order.
                var answers = questions.AsParallel().AsOrdered().WithDegreeOfParallelism(Environment.ProcessorCount)
                    .Select(q => (q.Id, Answer: engine.Pipeline.Ask(q.Question)));
                foreach (var (id, answer) in answers)
                {
                    writer.WriteLine(AnswerJson.Write(answer, id, displayPath: CliOptions.Display));
                    if (answer.HasAnswer) answered++;
                    tick?.Invoke();
                }
            }
            if (Console.IsErrorRedirected || (outputPath is null && !Console.IsOutputRedirected))
            {
                Run(null);
            }
            else
            {
                var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
                console.Progress().Start(context =>
                {
                    var task = context.AddTask("Answering", maxValue: questions.Count);
                    Run(() => task.Increment(1));
                });
            }
            writer.Flush();
            if (outputPath is not null)
                Console.Error.WriteLine($"Wrote {questions.Count} answers ({answered} answered, {questions.Count - answered} no answer) to {outputPath}.");
            return CommandGuard.Ok;
        }));
        return command;
    }
}
