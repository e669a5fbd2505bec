using System.Collections.Concurrent;

namespace Outreach.Mail.Linker;

/// <summary>
/// Users whose mail this process links right now. A linker that lets go looks for work once more
/// before it ends, so work stored while it runs needs no kick: a burst's thousands of notifications
/// then cost no queue message each, and a second kick for a running user costs no storage request.
/// </summary>
public sealed class LinkerActivity
{
    private readonly ConcurrentDictionary<string, byte> _running = new(StringComparer.Ordinal);

    /// <summary>False when the user's mail is linked here already.</summary>
    public bool TryStart(UserId user) => _running.TryAdd(user.PartitionKey, 0);

    public void Stop(UserId user) => _running.TryRemove(user.PartitionKey, out _);

    /// <summary>
    /// True while a linker here will still look for the user's work: work stored before this answer is
    /// seen by it (or by the kick it sends when it cannot take the lease).
    /// </summary>
    public bool IsRunning(UserId user) => _running.ContainsKey(user.PartitionKey);
}
