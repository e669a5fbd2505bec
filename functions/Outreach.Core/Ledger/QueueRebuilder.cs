using Outreach.Plan;

namespace Outreach.Ledger;

/// <summary>
/// Saves the plan into the summary row; a new order rebuilds the queue rows the ledger keeps: it writes
/// the queue in the new order as a new generation, then switches the summary to it, both under the
/// summary's ETag, so readers see the old order or the new one, never a mix. Every queue action commits
/// with the summary too, so a switch that succeeds proves no person changed since the generation was
/// read; one that fails removes what it wrote before the caller tries again. A generation is reserved in
/// the summary before any row of it is written, so no two rebuilds (or a retry and what an earlier
/// attempt left behind) ever share one.
/// </summary>
public sealed class QueueRebuilder(OutreachTable table, LedgerReader reader)
{
    /// <summary>Saves <paramref name="plan"/>; <paramref name="reorder"/> writes the queue anew in its order.</summary>
    /// <exception cref="ConcurrentChangeException">Someone wrote the user's data first; read again and retry.</exception>
    public async Task SavePlanAsync(UserId user, SummaryEntity summary, PlanSettings plan, bool reorder, CancellationToken cancellationToken)
    {
        var client = await table.GetClientAsync(cancellationToken);
        if (reorder)
        {
            await RebuildQueueAsync(client, user, summary, plan, cancellationToken);
        }
        else
        {
            summary.SetPlan(plan);
            await SaveSummaryAsync(client, summary, cancellationToken);
        }
    }

    private async Task RebuildQueueAsync(TableClient client, UserId user, SummaryEntity summary, PlanSettings plan, CancellationToken cancellationToken)
    {
        var oldGeneration = summary.QueueGeneration;
        var generation = Math.Max(summary.QueueGeneration, summary.ReservedGeneration) + 1;
        summary.ReservedGeneration = generation;
        await SaveSummaryAsync(client, summary, cancellationToken);

        var batch = new List<TableTransactionAction>(100);
        try
        {
            await foreach (var person in reader.ReadAllPeopleAsync(user, cancellationToken))
            {
                if (QueuePlacement.RowKey(person, plan, generation) is not { } rowKey)
                {
                    continue;
                }

                batch.Add(new TableTransactionAction(TableTransactionActionType.UpsertReplace, new QueueEntity
                {
                    PartitionKey = user.PartitionKey,
                    RowKey = rowKey,
                    PersonId = person.Id,
                    SnoozedUntil = person.SnoozedUntil,
                }));
                if (batch.Count == 100)
                {
                    await client.SubmitTransactionAsync(batch, cancellationToken);
                    batch.Clear();
                }
            }

            if (batch.Count > 0)
            {
                await client.SubmitTransactionAsync(batch, cancellationToken);
            }

            summary.QueueGeneration = generation;
            summary.SetPlan(plan);
            await SaveSummaryAsync(client, summary, cancellationToken);
        }
        catch (ConcurrentChangeException)
        {
            // Rows of a generation nobody will switch to; if this cleanup fails, the next rebuild removes them.
            await PartitionCleaner.DeleteRangeAsync(client, user, RowKeys.QueuePrefix(generation), CancellationToken.None);
            throw;
        }

        // Everything before the new generation: the old one, and any a failed attempt left behind.
        for (var old = oldGeneration; old < generation; old++)
        {
            await PartitionCleaner.DeleteRangeAsync(client, user, RowKeys.QueuePrefix(old), cancellationToken);
        }
    }

    private static async Task SaveSummaryAsync(TableClient client, SummaryEntity summary, CancellationToken cancellationToken)
    {
        try
        {
            var response = summary.Exists
                ? await client.UpdateEntityAsync(summary, summary.ETag, TableUpdateMode.Replace, cancellationToken)
                : await client.AddEntityAsync(summary, cancellationToken);
            summary.ETag = response.Headers.ETag ?? summary.ETag;
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412)
        {
            throw new ConcurrentChangeException("Another request changed this user's data while the plan was saved.");
        }
    }
}
