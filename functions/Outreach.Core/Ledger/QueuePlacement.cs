using Outreach.People;
using Outreach.Plan;

namespace Outreach.Ledger;

/// <summary>Where a person belongs in the queue under a plan, or nowhere.</summary>
public static class QueuePlacement
{
    /// <summary>Open people with a usable address are queued; snoozed ones too (the query skips them).</summary>
    public static bool IsQueued(PersonEntity person)
        => person.Status == PersonStatus.Open && person.HasUsableEmail;

    public static bool NeedsEmail(PersonEntity person)
        => person.Status == PersonStatus.Open && !person.HasUsableEmail;

    public static string? RowKey(PersonEntity? person, PlanSettings plan, int generation)
        => person is not null && IsQueued(person)
            ? RowKeys.Queue(generation, QueueOrderKey.For(plan.Order, plan.Seed, Facts(person)))
            : null;

    public static OrderFacts Facts(PersonEntity person)
        => new(person.Id, person.LastName, person.FirstName, person.ConnectedOnDate, person.LastContactDate);
}
