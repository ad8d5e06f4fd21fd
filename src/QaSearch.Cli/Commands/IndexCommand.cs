using System.CommandLine;
using QaSearch;
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
        var maxReadSeconds = new Option<int>("--max-read-seconds") { Description = "Skip a file that takes longer than this to read (a parser stuck on odd input)", DefaultValueFactory = _ => 60 };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Print only the summary" };
        var wait = new Option<bool>("--wait") { Description = "When another process is writing the index, wait for it to finish instead of failing" };
        var commitEvery = new Option<double>("--commit-every") { Description = "Commit every this many seconds, so an interrupted run loses at most that much work (running the same command again completes it)", DefaultValueFactory = _ => 10 };
        var maxMemoryMb = MemoryLimit.Option();
        var byFormat = new Option<bool>("--by-format") { Description = "Also print, for each file extension, the files read and skipped and the characters extracted" };
        var command = new Command("index", "Index files, folders and globs: plain text, Markdown, HTML, PDF, Word, PowerPoint, Excel, OpenDocument, EPUB, e-mail (.eml, .mbox), JSON, JSON Lines (BEIR), CSV/TSV, TREC text, archives, .gz/.bz2 and question files. Indexing again reads only the files that changed, and removes the passages of files gone from an indexed folder.\n\nExample:\n  ./qasearch index demo/ --index index")
        {
            paths, index, fresh, maxFileMb, maxReadSeconds, maxMemoryMb, target, quiet, wait, commitEvery, byFormat,
        };
        command.SetAction(result => CommandGuard.Run(() =>
        {
            var memory = MemoryLimit.Apply(result.GetValue(maxMemoryMb), result.GetValue(maxFileMb) * 1024L * 1024L);
            var options = new IndexingOptions
            {
                Fresh = result.GetValue(fresh),
                Reader = new CorpusReaderOptions
                {
                    MaxFileBytes = result.GetValue(maxFileMb) * 1024L * 1024L,
                    MaxReadTime = TimeSpan.FromSeconds(Math.Max(1, result.GetValue(maxReadSeconds))),
                },
                Splitter = new SplitterOptions { TargetChars = result.GetValue(target), MaxChars = Math.Max(result.GetValue(target) * 2, 200) },
                CommitInterval = TimeSpan.FromSeconds(Math.Max(0, result.GetValue(commitEvery))),
                LockWait = result.GetValue(wait) ? Timeout.InfiniteTimeSpan : TimeSpan.Zero,
                WidenMemory = memory.Widen,
            };
            var indexPath = result.GetValue(index)!;
            var beQuiet = result.GetValue(quiet);
            // Per extension: files read, files skipped, characters extracted (the callback runs under the ingest's lock).
            var formats = new SortedDictionary<string, (int Read, int Skipped, long Characters)>(StringComparer.Ordinal);
            var report = QaEngine.IndexAsync(indexPath, result.GetValue(paths)!, options, file =>
                {
                    var extension = file.File.Extension.Length > 0 ? file.File.Extension : "(none)";
                    var (read, skipped, characters) = formats.GetValueOrDefault(extension);
                    formats[extension] = file.Skipped ? (read, skipped + 1, characters) : (read + 1, skipped, characters + file.Documents.Sum(d => (long)d.Text.Length));
                    if (beQuiet) return;
                    if (file.Skipped) Console.Error.WriteLine($"skipped {CliOptions.Display(file.File.FullPath)}: {file.SkipReason}");
                    foreach (var warning in file.Warnings) Console.Error.WriteLine($"warning {CliOptions.Display(file.File.FullPath)}: {warning}");
                },
                CliOptions.WaitingFor(indexPath)).GetAwaiter().GetResult();
            if (!beQuiet)
                foreach (var (link, note) in report.Links) Console.Error.WriteLine($"note {CliOptions.Display(link)}: {note}");
            Console.WriteLine($"Indexed {report.FilesRead} files ({report.Documents} documents, {report.Passages} passages) into {indexPath} in {report.Elapsed.TotalSeconds:0.0} s; {IndexStatistics.Read(indexPath).Passages} passages in the index.");
            Console.WriteLine($"Files: {report.Added} added, {report.Updated} updated, {report.Removed} removed, {report.Unchanged} unchanged.");
            if (result.GetValue(byFormat))
            {
                Console.WriteLine($"{"format",-10} {"read",7} {"skipped",8} {"characters",14}");
                foreach (var (extension, (read, skipped, characters)) in formats)
                    Console.WriteLine($"{extension,-10} {read,7} {skipped,8} {characters,14:N0}");
            }
            if (report.Skipped.Count > 0)
            {
                Console.WriteLine($"Skipped {report.Skipped.Count} files:");
                // Quiet lists ten, those a user can act on (unreadable, too large, out of memory) before binary files, and
                // says how many it left out.
                var listed = beQuiet ? report.Skipped.OrderBy(s => s.Item2.StartsWith(CorpusReader.BinarySkip, StringComparison.Ordinal)).Take(QuietSkips).ToList() : report.Skipped;
                foreach (var (path, reason) in listed)
                    Console.WriteLine($"  {CliOptions.Display(path)}: {reason}");
                if (listed.Count < report.Skipped.Count)
                    Console.WriteLine($"  ... and {report.Skipped.Count - listed.Count} more; run without --quiet to list them all");
            }
            return report.FilesRead == 0 && report.Skipped.Count > 0 ? CommandGuard.UsageError : CommandGuard.Ok;
        }));
        return command;
    }

    /// <summary>How many skipped files --quiet lists.</summary>
    private const int QuietSkips = 10;
}
