using Outreach.Plan;

namespace Outreach.Ledger;

/// <summary>Saves the plan into the summary row; a new order rebuilds the queue rows the ledger keeps.</summary>
public sealed class QueueRebuilder(OutreachTable table, LedgerReader reader)
{
    /// <summary>Saves <paramref name="plan"/>; <paramref name="reorder"/> writes the queue anew in its order.</summary>
    public async Task SavePlanAsync(UserId user, SummaryEntity summary, PlanSettings plan, bool reorder, CancellationToken cancellationToken)
    {
        if (reorder)
        {
            await RebuildQueueAsync(user, summary, plan, cancellationToken);
        }
        else
        {
            summary.SetPlan(plan);
            await SaveSummaryAsync(summary, cancellationToken);
        }
    }

    private async Task SaveSummaryAsync(SummaryEntity summary, CancellationToken cancellationToken)
    {
        var client = await table.GetClientAsync(cancellationToken);
        if (summary.Exists)
        {
            await client.UpdateEntityAsync(summary, summary.ETag, TableUpdateMode.Replace, cancellationToken);
        }
        else
        {
            await client.AddEntityAsync(summary, cancellationToken);
        }
    }

    /// <summary>
    /// Writes the queue in the new order as a new generation, then switches the summary to it under its
    /// ETag: readers see the old order or the new one, never a mix. The old generation is removed after.
    /// </summary>
    private async Task RebuildQueueAsync(UserId user, SummaryEntity summary, PlanSettings plan, CancellationToken cancellationToken)
    {
        var client = await table.GetClientAsync(cancellationToken);
        var oldGeneration = summary.QueueGeneration;
        var newGeneration = oldGeneration + 1;
        var batch = new List<TableTransactionAction>(100);
        await foreach (var person in reader.ReadAllPeopleAsync(user, cancellationToken))
        {
            if (QueuePlacement.RowKey(person, plan, newGeneration) is not { } rowKey)
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

        summary.QueueGeneration = newGeneration;
        summary.SetPlan(plan);
        await SaveSummaryAsync(summary, cancellationToken);
        await PartitionCleaner.DeleteRangeAsync(client, user, RowKeys.QueuePrefix(oldGeneration), cancellationToken);
    }
}
