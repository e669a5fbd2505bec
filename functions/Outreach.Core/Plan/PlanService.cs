using Outreach.Ledger;
using Outreach.LinkedIn;

namespace Outreach.Plan;

/// <summary>
/// Reads and changes the plan; a new order rebuilds the queue rows, and a new start derives again who counts
/// as written from the stored mail links and LinkedIn messages. That re-derivation is resumable: a change of
/// start it did not finish (storage failed halfway) is finished by the next save of the plan, even one that
/// sends the same start again.
/// </summary>
public sealed class PlanService(LedgerReader reader, QueueRebuilder queue, WrittenRefresh written, StartRefreshMarker marker, TimeProvider time)
{
    private const int Attempts = 8;

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
            // The pending change is stored in the same summary write as the new start (or before it, when the
            // queue is rebuilt), so a failure from there on leaves it for the next save to find.
            var pending = plan.StartedOn != current.StartedOn
                ? StartRefreshMarker.Begin(summary, current.StartedOn)
                : StartRefreshMarker.Pending(summary);
            try
            {
                await queue.SavePlanAsync(user, summary, plan, reorder, cancellationToken);
            }
            catch (ConcurrentChangeException) when (attempt < Attempts)
            {
                // Someone changed the user's data while the plan was saved: read again and redo.
                await Task.Delay(TimeSpan.FromMilliseconds(25 * attempt), cancellationToken);
                continue;
            }

            if (pending is not null)
            {
                await RefreshAsync(user, pending, cancellationToken);
            }

            return plan;
        }
    }

    private async Task RefreshAsync(UserId user, StartRefresh pending, CancellationToken cancellationToken)
    {
        try
        {
            await written.RefreshAsync(user, pending.Starts, upload: null, cancellationToken);
            await marker.EndAsync(user, pending, cancellationToken);
        }
        catch (Exception ex) when (StorageFailures.IsUnavailable(ex, cancellationToken))
        {
            throw PartlyDerived();
        }
    }

    private static ApiProblemException PartlyDerived()
        => new(503, "The plan was saved, but not yet applied to everyone.",
            "Storage stopped answering while the new start was applied, so some people may not count as written (or not any more) as the plan says. "
            + "Save the plan again in a few seconds to finish it; people already done stay as they are.")
        {
            RetryAfter = StorageFailures.RetryAfter,
            Extensions = new Dictionary<string, object?> { ["partlyApplied"] = true },
        };

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

        // The pace is measured from the day the user first committed to a plan, unless they say they began earlier.
        return input.StartedOn is { } startedOn ? plan with { StartedOn = startedOn }
            : first ? plan with { StartedOn = plan.LocalDay(now) }
            : plan;
    }
}
