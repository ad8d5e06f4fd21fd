using System.CommandLine;
using QaSearch;
using QaSearch.Core.Corpus;
using QaSearch.Core.Evaluation;
using QaSearch.Core.Retrieval;
using QaSearch.Lucene;

namespace QaSearch.Cli.Commands;

/// <summary><c>qasearch demo</c>: index the demo corpus the repo ships, answer its question files, print each answer with its source.</summary>
internal static class DemoCommand
{
    public static Command Create()
    {
        var corpus = new Option<string>("--corpus") { Description = "The demo corpus folder", DefaultValueFactory = _ => DefaultCorpus() };
        var index = new Option<string>("--index", "-i") { Description = "Where the demo index is built", DefaultValueFactory = _ => Path.Combine(".qasearch", "demo-index") };
        var command = new Command("demo", "Index the demo corpus that ships with QaSearch, answer its question files and print each answer with its source.\n\nExample:\n  ./qasearch demo")
        {
            corpus, index,
        };
        command.SetAction(result => CommandGuard.Run(() =>
        {
            var corpusPath = result.GetValue(corpus)!;
            if (!Directory.Exists(corpusPath))
                throw new DirectoryNotFoundException($"no demo corpus at {corpusPath}; pass --corpus");
            var indexPath = result.GetValue(index)!;
            var report = QaEngine.IndexAsync(indexPath, [corpusPath], new IndexingOptions { Fresh = true }).GetAwaiter().GetResult();
            Console.WriteLine($"Indexed {report.FilesRead} files of {CliOptions.Display(corpusPath)} into {indexPath}: {report.Passages} passages, {report.Skipped.Count} skipped.\n");
            using var engine = QaEngine.Open(indexPath);
            var questionFiles = Directory.EnumerateFiles(corpusPath, "*.txt", SearchOption.AllDirectories)
                .Order(StringComparer.Ordinal)
                .Select(f => QuestionFile.TryParse(File.ReadAllText(f), out var q) ? (Path: f, File: q) : default)
                .Where(x => x.File is not null).ToList();
            var right = 0.0;
            foreach (var (path, file) in questionFiles)
            {
                var answer = engine.Pipeline.Ask(file.Question);
                var f1 = file.Answer is null ? (double?)null : AnswerScorer.F1(answer.Text, file.Answer);
                right += f1 ?? 0;
                Console.WriteLine($"Q: {file.Question}   ({Path.GetFileName(path)})");
                Console.WriteLine($"A: {answer.Text ?? "(no answer)"}   confidence {answer.Score:0.00}{(file.Answer is null ? "" : $"   expected: {file.Answer}  F1 {f1:0.00}")}");
                if (answer.Source is { } source)
                    Console.WriteLine($"   from {CliOptions.Display(source.Path)} [{source.Start}-{source.End}]: {AskCommand.Marked(answer.Evidence!)}");
                Console.WriteLine();
            }
            Console.WriteLine($"{questionFiles.Count} questions, mean F1 {(questionFiles.Count == 0 ? 0 : right / questionFiles.Count):0.00}. Try: ./qasearch ask \"...\" --index {indexPath}");
            return CommandGuard.Ok;
        }));
        return command;
    }

    /// <summary>The repo's demo folder: next to the working folder, or found upwards from the program.</summary>
    private static string DefaultCorpus()
    {
        if (Directory.Exists("demo")) return "demo";
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "QaSearch.sln")) && Directory.Exists(Path.Combine(dir.FullName, "demo")))
                return Path.Combine(dir.FullName, "demo");
        return "demo";
    }
}
