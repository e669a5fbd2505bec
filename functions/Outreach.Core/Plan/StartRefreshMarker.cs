using System.Text.Json;
using Outreach.Ledger;

namespace Outreach.Plan;

/// <summary>
/// Makes a change of the plan's start resumable: the pending change is written into the summary row with the new
/// start (the write <c>PUT /api/plan</c> makes anyway) and removed only when who counts as written (and which
/// replies wait) has been derived again, so a request that failed halfway leaves it behind and the next
/// <c>PUT /api/plan</c> finds it in the summary it reads anyway and finishes the work, even with the same start.
/// </summary>
public sealed class StartRefreshMarker(OutreachTable table, LedgerReader reader)
{
    private const int Attempts = 8;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The unfinished change the summary holds, or null.</summary>
    public static StartRefresh? Pending(SummaryEntity summary)
        => summary.StartRefreshJson is { Length: > 0 } json ? JsonSerializer.Deserialize<StartRefresh>(json, Json) : null;

    /// <summary>
    /// Records in <paramref name="summary"/> (not yet stored: it is saved with the new plan) that stored rows may still
    /// be derived under <paramref name="previous"/>, besides the starts already pending, as a new run.
    /// </summary>
    public static StartRefresh Begin(SummaryEntity summary, DateOnly previous)
    {
        var pending = new StartRefresh(
            (Pending(summary)?.Starts ?? []).Append(previous).Distinct().Order().ToList(), Guid.NewGuid().ToString("N"));
        summary.StartRefreshJson = JsonSerializer.Serialize(pending, Json);
        return pending;
    }

    /// <summary>The work is done; a change another request has widened since stays for that request to finish.</summary>
    public async Task EndAsync(UserId user, StartRefresh done, CancellationToken cancellationToken)
    {
        var client = await table.GetClientAsync(cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            // The re-derivation and other requests have written the summary since: read it again for its ETag.
            var summary = await reader.ReadSummaryAsync(user, cancellationToken);
            if (!summary.Exists || Pending(summary)?.Run != done.Run)
            {
                return;
            }

            summary.StartRefreshJson = null;
            try
            {
                await client.UpdateEntityAsync(summary, summary.ETag, TableUpdateMode.Replace, cancellationToken);
                return;
            }
            catch (RequestFailedException ex) when (ex.Status is 409 or 412)
            {
                // Left pending, the next save derives again what is already derived: nothing changes but the cost.
                if (attempt == Attempts)
                {
                    return;
                }

                await Task.Delay(TimeSpan.FromMilliseconds(20 * attempt), cancellationToken);
            }
        }
    }
}
