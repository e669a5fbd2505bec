namespace Outreach.Local.Queues;

/// <summary>Doubles the wait between polls of an empty queue, up to a cap; a message resets it.</summary>
internal sealed class PollingBackoff(TimeSpan minimum, TimeSpan maximum)
{
    private TimeSpan _next;

    public TimeSpan Next()
    {
        var current = _next < minimum ? minimum : _next;
        _next = TimeSpan.FromTicks(Math.Min(current.Ticks * 2, maximum.Ticks));
        return current;
    }

    public void Reset() => _next = TimeSpan.Zero;
}
