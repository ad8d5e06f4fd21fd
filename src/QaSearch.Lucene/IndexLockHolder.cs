namespace QaSearch.Lucene;

/// <summary>The process that holds (or last held) an index's writer lock, as it wrote itself down.</summary>
/// <param name="Pid">Its process id.</param>
/// <param name="Since">When it took the lock.</param>
/// <param name="Command">Its command line, shortened.</param>
public sealed record IndexLockHolder(int Pid, DateTimeOffset Since, string Command);
