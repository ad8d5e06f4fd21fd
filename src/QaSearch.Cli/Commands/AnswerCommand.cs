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
        var extractor = new ExtractorFlags();
        var passages = CliOptions.Passages();
        var ownContext = new Option<bool>("--own-context") { Description = "Answer each question file from its own context only (indexed in memory; no index needed)" };
        var fill = new Option<string?>("--fill") { Description = "Also write each question file into this folder, as it was but with its 'Answer:' line filled" };
        var retrieval = new RetrievalOptions();
        var command = new Command("answer", "Answer many questions; writes one JSON line per question with the fields of 'ask --json' plus 'id'.\n\nExamples:\n  ./qasearch answer questions.txt --output answers.jsonl\n  ./qasearch answer question-files/ --own-context --fill answered/")
        {
            files, index, output, passages, ownContext, fill,
        };
        retrieval.AddTo(command);
        extractor.AddTo(command);
        command.SetAction(result => CommandGuard.Run(() =>
        {
            var options = CliOptions.Engine(result, retrieval, extractor, passages);
            var own = result.GetValue(ownContext);
            var fillFolder = result.GetValue(fill);
            // Question files (their own context, their text to fill) or any question inputs over the index.
            var questionFiles = own || fillFolder is not null ? QuestionInputs.QuestionFiles(result.GetValue(files)!) : null;
            var questions = questionFiles?.Select(f => (Id: f.Id, Question: f.File.Question)).ToList() ?? QuestionInputs.Read(result.GetValue(files)!);
            using var engine = own ? null : QaEngine.Open(result.GetValue(index)!, options);
            Answer AskOne(int i)
            {
                if (engine is not null) return engine.Pipeline.Ask(questions[i].Question);
                using var local = QaEngine.OpenInMemory(questionFiles![i].Documents, options);
                return local.Pipeline.Ask(questions[i].Question);
            }
            var outputPath = result.GetValue(output);
            using var file = outputPath is null ? null : new StreamWriter(outputPath);
            var writer = (TextWriter?)file ?? Console.Out;
            var answered = 0;
            void Run(Action? tick)
            {
                // Questions are answered in parallel and written in input order.
                var answers = Enumerable.Range(0, questions.Count).AsParallel().AsOrdered().WithDegreeOfParallelism(Environment.ProcessorCount)
                    .Select(i => (Index: i, questions[i].Id, Answer: AskOne(i)));
                foreach (var (i, id, answer) in answers)
                {
                    writer.WriteLine(AnswerJson.Write(answer, id, displayPath: CliOptions.Display));
                    if (fillFolder is not null) QuestionInputs.WriteFilled(questionFiles![i], fillFolder, answer.Text);
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
            if (fillFolder is not null)
                Console.Error.WriteLine($"Filled {questions.Count} question files into {fillFolder}.");
            if (outputPath is not null)
                Console.Error.WriteLine($"Wrote {questions.Count} answers ({answered} answered, {questions.Count - answered} no answer) to {outputPath}.");
            return CommandGuard.Ok;
        }));
        return command;
    }
}
