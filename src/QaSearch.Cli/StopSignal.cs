using System.Runtime.InteropServices;

namespace QaSearch.Cli;

/// <summary>
/// A token that fires on Ctrl+C or SIGTERM, for the verbs that run until stopped (<c>watch</c>, <c>serve</c>), so that
/// they stop cleanly (commit, release the index) instead of being killed. Dispose to stop listening.
/// </summary>
internal sealed class StopSignal : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly PosixSignalRegistration _terminate;
    private readonly ConsoleCancelEventHandler _interrupt;

    public StopSignal()
    {
        _interrupt = (_, e) =>
        {
            e.Cancel = true;
            _stop.Cancel();
        };
        Console.CancelKeyPress += _interrupt;
        _terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
        {
            context.Cancel = true;
            _stop.Cancel();
        });
    }

    /// <summary>Fires on the first Ctrl+C or SIGTERM.</summary>
    public CancellationToken Token => _stop.Token;

    public void Dispose()
    {
        Console.CancelKeyPress -= _interrupt;
        _terminate.Dispose();
        _stop.Dispose();
    }
}
