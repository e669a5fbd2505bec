using Azure;
using Azure.Data.Tables;
using Outreach.Auth;
using Outreach.Ledger;
using Outreach.Problems;
using Outreach.Storage;

namespace Outreach.Plan;

/// <summary>Reads and changes the plan; a new order rebuilds the queue rows.</summary>
public sealed class PlanService(OutreachTable table, LedgerReader reader, TimeProvider time)
{
    private const int Attempts = 5;

    public async Task<PlanSettings> GetAsync(UserId user, CancellationToken cancellationToken)
    {
        var summary = await reader.ReadSummaryAsync(user, cancellationToken);
        return summary.PlanOrDefault(time.GetUtcNow());
    }

    public async Task<PlanSettings> PutAsync(UserId user, PlanInput input, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var summary = await reader.ReadSummaryAsync(user, cancellationToken);
            var now = time.GetUtcNow();
            var current = summary.PlanOrDefault(now);
            var plan = Merge(current, input, summary.PlanJson is null, now);
            var errors = plan.Validate(plan.LocalDay(now));
            if (errors.Count > 0)
            {
                throw ApiProblemException.BadRequest("The plan is not valid.", errors);
            }

            var reorder = plan.Order != current.Order || plan.Seed != current.Seed;
            try
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

                return plan;
            }
            catch (RequestFailedException ex) when (ex.Status is 409 or 412 && attempt < Attempts)
            {
                // Someone changed the user's data while the plan was saved: read again and redo.
            }
        }
    }

    private static PlanSettings Merge(PlanSettings current, PlanInput input, bool first, DateTimeOffset now)
    {
        if (input.Deadline is null)
        {
            throw ApiProblemException.Field("deadline", "deadline is required, e.g. \"2026-12-15\".");
        }

        var plan = current with
        {
            Target = input.Target,
            Deadline = input.Deadline.Value,
            WeekdaysOnly = input.WeekdaysOnly ?? current.WeekdaysOnly,
            Order = input.Order ?? current.Order,
            Seed = input.Seed ?? current.Seed,
            TimeZone = input.TimeZone ?? current.TimeZone,
        };
        // The pace is measured from the day the user first committed to a plan.
        return first ? plan with { StartedOn = plan.LocalDay(now) } : plan;
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
