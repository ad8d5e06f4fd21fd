using System.CommandLine;
using QaSearch;

namespace QaSearch.Cli.Commands;

/// <summary><c>qasearch watch FOLDER... [--index DIR]</c>: index the folders, then keep the index in sync while files change.</summary>
internal static class WatchCommand
{
    public static Command Create()
    {
        var folders = new Argument<string[]>("folders") { Description = "Folders to index and watch (recursively)", Arity = ArgumentArity.OneOrMore };
        var index = CliOptions.Index();
        var wait = new Option<bool>("--wait") { Description = "When another process is writing the index, wait for it to finish instead of failing" };
        var debounce = new Option<int>("--debounce-ms") { Description = "Quiet time after the last change before a sync, in milliseconds", DefaultValueFactory = _ => 300 };
        var maxMemoryMb = MemoryLimit.Option();
        var command = new Command("watch", "Index folders, then keep the index in sync while their files change: each change is read and committed within about a second, and searches from other processes keep working. Stop with Ctrl+C.\n\nExample:\n  ./qasearch watch docs/ notes/ --index index")
        {
            folders, index, wait, debounce, maxMemoryMb,
        };
        command.SetAction(result => CommandGuard.Run(() =>
        {
            var memory = MemoryLimit.Apply(result.GetValue(maxMemoryMb));
            var indexPath = result.GetValue(index)!;
            using var stop = new StopSignal();
            var options = new IndexingOptions { LockWait = result.GetValue(wait) ? Timeout.InfiniteTimeSpan : TimeSpan.Zero, WidenMemory = memory.Widen };
            QaEngine.Watch(indexPath, result.GetValue(folders)!, options, TimeSpan.FromMilliseconds(Math.Max(0, result.GetValue(debounce))), (report, passages) =>
                {
                    foreach (var (path, reason) in report.Skipped) Console.Error.WriteLine($"skipped {CliOptions.Display(path)}: {reason}");
                    Console.WriteLine($"{DateTime.Now:HH:mm:ss} synced in {report.Elapsed.TotalSeconds:0.00} s: {report.Added} added, {report.Updated} updated, " +
                                      $"{report.Removed} removed, {report.Unchanged} unchanged; {passages} passages in the index.");
                },
                events => Console.WriteLine(events ? "Watching for changes (Ctrl+C to stop)." : "Polling for changes every 2 s (this file system reports none); Ctrl+C to stop."),
                CliOptions.WaitingFor(indexPath), stop.Token);
            Console.WriteLine("Stopped; the index is committed.");
            return CommandGuard.Ok;
        }));
        return command;
    }
}
