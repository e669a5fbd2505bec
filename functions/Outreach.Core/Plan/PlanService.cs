using Outreach.Ledger;
using Outreach.LinkedIn;

namespace Outreach.Plan;

/// <summary>
/// Reads and changes the plan; a new order rebuilds the queue rows, and a new start derives again who counts
/// as written from the stored mail links and LinkedIn messages.
/// </summary>
public sealed class PlanService(LedgerReader reader, QueueRebuilder queue, WrittenRefresh written, TimeProvider time)
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

            if (plan.StartedOn != current.StartedOn)
            {
                await written.RefreshAsync(user, current, cancellationToken);
            }

            return plan;
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

        // The pace is measured from the day the user first committed to a plan, unless they say they began earlier.
        return input.StartedOn is { } startedOn ? plan with { StartedOn = startedOn }
            : first ? plan with { StartedOn = plan.LocalDay(now) }
            : plan;
    }
}
