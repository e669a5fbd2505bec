namespace Outreach.Storage;

/// <summary>
/// A real round trip to storage on every call (a point read of a row that never exists), bounded by a
/// short timeout, so health reports what storage does now rather than what it did at start-up.
/// </summary>
public sealed class StorageProbe(OutreachTable table)
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1.5);

    public async Task<bool> IsReachableAsync(CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            var client = await table.GetClientAsync(timeout.Token);
            await client.GetEntityIfExistsAsync<TableEntity>("health", "probe", select: ["RowKey"], cancellationToken: timeout.Token);
            return true;
        }
        catch (Exception ex) when (StorageFailures.IsUnavailable(ex, cancellationToken))
        {
            return false;
        }
    }
}
