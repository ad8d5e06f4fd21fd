using System.CommandLine;
using QaSearch.Core.Corpus;
using QaSearch.Lucene;

namespace QaSearch.Cli.Commands;

/// <summary><c>qasearch index PATH... [--index DIR]</c>: read files, split them into passages, store them in the index.</summary>
internal static class IndexCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Files, folders (read recursively) and globs such as 'docs/**/*.md'", Arity = ArgumentArity.OneOrMore };
        var index = CliOptions.Index();
        var fresh = new Option<bool>("--fresh") { Description = "Start an empty index instead of adding to the one there" };
        var maxFileMb = new Option<int>("--max-file-mb") { Description = "Skip files larger than this many MB", DefaultValueFactory = _ => 32 };
        var target = new Option<int>("--passage-chars") { Description = "Target passage length in characters", DefaultValueFactory = _ => new SplitterOptions().TargetChars };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Print only the summary" };
        var command = new Command("index", "Index files, folders and globs: plain text, Markdown, HTML, PDF, JSON, JSON Lines (BEIR), CSV/TSV and question files. Indexing a file again replaces its passages.\n\nExample:\n  ./qasearch index demo/ --index index")
        {
            paths, index, fresh, maxFileMb, target, quiet,
        };
        command.SetAction(result => CommandGuard.Run(() =>
        {
            var splitterOptions = new SplitterOptions { TargetChars = result.GetValue(target), MaxChars = Math.Max(result.GetValue(target) * 2, 200) };
            var ingest = new CorpusIngest(
                new CorpusReader(new CorpusReaderOptions { MaxFileBytes = result.GetValue(maxFileMb) * 1024L * 1024L }),
                new PassageSplitter(splitterOptions));
            var indexPath = result.GetValue(index)!;
            var beQuiet = result.GetValue(quiet);
            using var writer = new LuceneIndexer(indexPath, create: result.GetValue(fresh));
            var report = ingest.Run(result.GetValue(paths)!, writer, file =>
            {
                if (beQuiet) return;
                if (file.Skipped) Console.Error.WriteLine($"skipped {CliOptions.Display(file.File.FullPath)}: {file.SkipReason}");
                foreach (var warning in file.Warnings) Console.Error.WriteLine($"warning {CliOptions.Display(file.File.FullPath)}: {warning}");
            }, excludeFolders: [indexPath]);
            Console.WriteLine($"Indexed {report.FilesRead} files ({report.Documents} documents, {report.Passages} passages) into {indexPath} in {report.Elapsed.TotalSeconds:0.0} s; {writer.PassageCount} passages in the index.");
            if (report.Skipped.Count > 0)
            {
                Console.WriteLine($"Skipped {report.Skipped.Count} files:");
                foreach (var (path, reason) in report.Skipped.Take(beQuiet ? 10 : int.MaxValue))
                    Console.WriteLine($"  {CliOptions.Display(path)}: {reason}");
            }
            return report.FilesRead == 0 && report.Skipped.Count > 0 ? CommandGuard.UsageError : CommandGuard.Ok;
        }));
        return command;
    }
}
