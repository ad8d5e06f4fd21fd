using System.Diagnostics;

namespace QaSearch.Testing;

/// <summary>The real qasearch CLI in a process of its own (built beside the tests), for tests that need two processes.</summary>
public static class CliProcess
{
    /// <summary>Starts <c>qasearch ARGS</c> with standard output and error redirected.</summary>
    public static Process Start(params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "qasearch.dll"));
        foreach (var arg in args) info.ArgumentList.Add(arg);
        return Process.Start(info) ?? throw new InvalidOperationException("dotnet could not be started");
    }

    /// <summary>Waits for the process to exit (two minutes at most) and returns its exit code and output.</summary>
    public static async Task<(int Code, string Out, string Err)> FinishAsync(Process process)
    {
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(deadline.Token);
        return (process.ExitCode, await output, await error);
    }
}
