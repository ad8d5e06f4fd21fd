using System.CommandLine;
using QaSearch.Cli.Commands;

namespace QaSearch.Cli;

/// <summary>The command tree: one verb per file under Commands/.</summary>
public static class CliApp
{
    /// <summary>
    /// True when the verbs run in a process of their own (the <c>qasearch</c> executable), false when they are called
    /// in another program's process (tests): only then does indexing narrow the process-wide heap limit.
    /// </summary>
    public static bool OwnsProcess { get; set; }

    /// <summary>Parses <paramref name="args"/>, runs the verb and returns its exit code (0 ok, 1 usage error, 2 index missing or unreadable).</summary>
    public static int Run(string[] args)
    {
        var root = new RootCommand("QaSearch: index your files, then ask questions and get the exact answer span with its source.\n\nExample:\n  ./qasearch index docs/ && ./qasearch ask \"Who teaches Search Engines?\"")
        {
            IndexCommand.Create(),
            SearchCommand.Create(),
            AskCommand.Create(),
            AnswerCommand.Create(),
            EvalCommand.Create(),
            BenchCommand.Create(),
            DemoCommand.Create(),
            TrainCommand.Create(),
            EvalRetrievalCommand.Create(),
            StatsCommand.Create(),
            WatchCommand.Create(),
            ServeCommand.Create(),
        };
        return root.Parse(args).Invoke();
    }
}
