using Outreach.Ledger;

using System.Globalization;

namespace Outreach.Plan;

/// <summary>
/// Makes a change of the plan's start resumable: the marker is written before the plan changes and removed only
/// when who counts as written (and which replies wait) has been derived again, so a request that failed halfway
/// leaves it behind and the next <c>PUT /api/plan</c> finishes the work, even with the same start.
/// </summary>
public sealed class StartRefreshMarker(OutreachTable table)
{
    /// <summary>The unfinished change, or null.</summary>
    public async Task<StartRefreshEntity?> ReadAsync(UserId user, CancellationToken cancellationToken)
    {
        var client = await table.GetClientAsync(cancellationToken);
        var row = await client.GetEntityIfExistsAsync<StartRefreshEntity>(user.PartitionKey, StartRefreshEntity.Key, cancellationToken: cancellationToken);
        return row.HasValue ? row.Value : null;
    }

    /// <summary>Records that stored rows may still be derived under <paramref name="previous"/> (besides the starts already pending).</summary>
    /// <exception cref="ConcurrentChangeException">Another request changed the marker since it was read.</exception>
    public async Task<StartRefreshEntity> BeginAsync(UserId user, StartRefreshEntity? pending, DateOnly previous, CancellationToken cancellationToken)
    {
        var starts = (pending is null ? [] : Starts(pending)).Append(previous).Distinct().Order();
        var row = new StartRefreshEntity
        {
            PartitionKey = user.PartitionKey,
            Starts = string.Join(',', starts.Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))),
        };
        var client = await table.GetClientAsync(cancellationToken);
        try
        {
            var response = pending is null
                ? await client.AddEntityAsync(row, cancellationToken)
                : await client.UpdateEntityAsync(row, pending.ETag, TableUpdateMode.Replace, cancellationToken);
            row.ETag = response.Headers.ETag ?? default;
            return row;
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412)
        {
            throw new ConcurrentChangeException("Another request changed the plan's start at the same time.");
        }
    }

    /// <summary>The work is done; a marker another request has widened since stays for that request to finish.</summary>
    public async Task EndAsync(UserId user, StartRefreshEntity done, CancellationToken cancellationToken)
    {
        var client = await table.GetClientAsync(cancellationToken);
        try
        {
            await client.DeleteEntityAsync(user.PartitionKey, StartRefreshEntity.Key, done.ETag, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 412)
        {
        }
    }

    public static IReadOnlyList<DateOnly> Starts(StartRefreshEntity row)
        => row.Starts.Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(s => DateOnly.ParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture))
            .ToList();
}
