namespace Outreach.Storage;

/// <summary>
/// A real round trip to storage (a point read of a row that never exists), bounded by a short timeout, so
/// health reports what storage does now rather than what it did at start-up. Callers that arrive while a
/// round trip is under way share it: a burst of health checks must not turn the probe itself into load on
/// storage, nor make health slower than the routes it stands for. A finished answer is never reused.
/// </summary>
public sealed class StorageProbe(OutreachTable table)
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1.5);

    private readonly Lock _gate = new();
    private Task<bool>? _inFlight;

    public Task<bool> IsReachableAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_inFlight is null || _inFlight.IsCompleted)
            {
                _inFlight = ProbeAsync();
            }

            return _inFlight.WaitAsync(cancellationToken);
        }
    }

    private async Task<bool> ProbeAsync()
    {
        // Not the caller's token: the round trip is shared, and one caller going away must not fail the others.
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            var client = await table.GetClientAsync(timeout.Token);
            await client.GetEntityIfExistsAsync<TableEntity>("health", "probe", select: ["RowKey"], cancellationToken: timeout.Token);
            return true;
        }
        catch (Exception ex) when (StorageFailures.IsUnavailable(ex, CancellationToken.None))
        {
            return false;
        }
    }
}
