using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using QaSearch.Lucene;

namespace QaSearch.Cli.Commands;

/// <summary><c>qasearch stats [--index DIR] [--json] [--fingerprint]</c>: what an index holds, read while writers may run.</summary>
internal static class StatsCommand
{
    public static Command Create()
    {
        var index = CliOptions.Index();
        var json = CliOptions.Json();
        var fingerprint = new Option<bool>("--fingerprint") { Description = "Also hash every passage, to compare two indexes (equal for the same files and settings, however they were built)" };
        var command = new Command("stats", "Show what an index holds: files, documents, passages, size on disk, the last commit and the settings it was built with.\n\nExample:\n  ./qasearch stats --index index --json")
        {
            index, json, fingerprint,
        };
        command.SetAction(result => CommandGuard.Run(() =>
        {
            var indexPath = result.GetValue(index)!;
            var stats = IndexStatistics.Read(indexPath, result.GetValue(fingerprint));
            if (result.GetValue(json))
            {
                Console.WriteLine(JsonSerializer.Serialize(new
                {
                    index = indexPath,
                    files = stats.Files,
                    documents = stats.Documents,
                    passages = stats.Passages,
                    size_bytes = stats.SizeBytes,
                    last_commit = stats.LastCommit?.ToString("O", CultureInfo.InvariantCulture),
                    settings = stats.BuildSettings,
                    writer = stats.Writer is { } w ? new { pid = w.Pid, since = w.Since.ToString("O", CultureInfo.InvariantCulture), command = w.Command } : null,
                    fingerprint = stats.Fingerprint,
                }, CliJson.Options));
                return CommandGuard.Ok;
            }
            Console.WriteLine($"Index:       {indexPath}");
            Console.WriteLine($"Files:       {stats.Files:N0}");
            Console.WriteLine($"Documents:   {stats.Documents:N0}");
            Console.WriteLine($"Passages:    {stats.Passages:N0}");
            Console.WriteLine($"Size:        {stats.SizeBytes / (1024.0 * 1024.0):0.0} MB");
            Console.WriteLine($"Last commit: {(stats.LastCommit is { } when ? when.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) + "Z" : "not recorded (built before this version)")}");
            Console.WriteLine($"Settings:    {(stats.BuildSettings.Length > 0 ? stats.BuildSettings : "not recorded")}");
            if (stats.Writer is { } writer) Console.WriteLine($"Writer:      {IndexWriterLock.Describe(writer)}");
            if (stats.Fingerprint is { } print) Console.WriteLine($"Fingerprint: {print}");
            return CommandGuard.Ok;
        }));
        return command;
    }
}
