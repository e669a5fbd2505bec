namespace Outreach.Storage;

/// <summary>
/// A real round trip to storage (a point read of a row that never exists), bounded by a short timeout, so
/// health reports what storage does now rather than what it did at start-up. Callers within one second
/// share one round trip: a load balancer or a burst of health checks must not turn the probe itself
/// into load on storage, nor make health slower than the routes it stands for.
/// </summary>
public sealed class StorageProbe(OutreachTable table, TimeProvider time)
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1.5);

    private static readonly TimeSpan Reuse = TimeSpan.FromSeconds(1);

    private readonly Lock _gate = new();
    private Task<bool>? _latest;
    private long _latestStartedAt;

    public Task<bool> IsReachableAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_latest is null || time.GetElapsedTime(_latestStartedAt) > Reuse)
            {
                _latestStartedAt = time.GetTimestamp();
                _latest = ProbeAsync();
            }

            return _latest.WaitAsync(cancellationToken);
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
