using Outreach.Ledger;

namespace Outreach.People;

/// <summary>
/// What the user does with the next person: skip, snooze, mark written elsewhere, reopen. The mail
/// linker marks people written with <see cref="MarkWritten"/> too.
/// </summary>
public sealed class PersonActions(PersonUpdater updater, LedgerReader reader, TimeProvider time)
{
    public const string ViaElsewhere = "elsewhere";
    public const string ViaMail = "mail";
    public const string ViaLinkedIn = "linkedIn";
    public static readonly int MaxSnoozeDays = 366;

    public async Task<PersonView> SkipAsync(UserId user, string id, CancellationToken cancellationToken)
        => await updater.UpdateViewAsync(user, id, null, p =>
        {
            RequireNotWritten(p, "skipped");
            if (p.Status == PersonStatus.Skipped)
            {
                return false;
            }

            p.Status = PersonStatus.Skipped;
            p.SnoozedUntil = string.Empty;
            return true;
        }, cancellationToken);

    public async Task<PersonView> SnoozeAsync(UserId user, string id, DateOnly? until, CancellationToken cancellationToken)
    {
        if (until is null)
        {
            throw ApiProblemException.Field("until", "until is required: the date the person comes back, e.g. \"2026-12-24\".");
        }

        var today = await TodayAsync(user, time.GetUtcNow(), cancellationToken);
        if (until <= today || until > today.AddDays(MaxSnoozeDays))
        {
            throw ApiProblemException.Field("until", $"until must be after today ({today:yyyy-MM-dd}) and within a year.");
        }

        return await updater.UpdateViewAsync(user, id, null, p =>
        {
            RequireNotWritten(p, "snoozed");
            p.Status = PersonStatus.Open;
            p.SnoozedUntil = PersonEntity.FormatDate(until)!;
            return true;
        }, cancellationToken);
    }

    /// <summary>Counts the person as written on the user's local day; a second call changes nothing.</summary>
    public async Task<PersonView> MarkWrittenAsync(UserId user, string id, string via, DateTimeOffset? when, CancellationToken cancellationToken)
    {
        var at = when ?? time.GetUtcNow();
        return await updater.UpdateViewAsync(user, id, null, (p, summary) =>
        {
            if (p.Status == PersonStatus.Written)
            {
                return false;
            }

            MarkWritten(p, summary.PlanOrDefault(at), at, via, p.LastMailAt < at ? p.LastMailAt : null);
            return true;
        }, cancellationToken);
    }

    /// <summary>
    /// Counts <paramref name="person"/> as written at <paramref name="at"/>, on that local day of the plan, after
    /// <paramref name="contactBefore"/> (their last mail before it, if any); a snooze ends with it.
    /// </summary>
    public static void MarkWritten(PersonEntity person, Plan.PlanSettings plan, DateTimeOffset at, string via, DateTimeOffset? contactBefore)
    {
        person.Status = PersonStatus.Written;
        person.SnoozedUntil = string.Empty;
        person.WrittenOn = PersonEntity.FormatDate(plan.LocalDay(at));
        person.WrittenAt = at;
        person.ContactBeforeWritten = contactBefore;
        person.WrittenVia = via;
    }

    /// <summary>Undoes skip, snooze or written: the person goes back into the queue.</summary>
    public async Task<PersonView> ReopenAsync(UserId user, string id, CancellationToken cancellationToken)
        => await updater.UpdateViewAsync(user, id, null, p =>
        {
            if (p.Status == PersonStatus.Open && p.SnoozedUntil.Length == 0)
            {
                return false;
            }

            Unwrite(p);
            p.SnoozedUntil = string.Empty;
            return true;
        }, cancellationToken);

    /// <summary>The person no longer counts as written: back to open, as if never written.</summary>
    public static void Unwrite(PersonEntity person)
    {
        person.Status = PersonStatus.Open;
        person.WrittenOn = null;
        person.WrittenAt = null;
        person.ContactBeforeWritten = null;
        person.WrittenVia = null;
    }

    private async Task<DateOnly> TodayAsync(UserId user, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var summary = await reader.ReadSummaryAsync(user, cancellationToken);
        return summary.PlanOrDefault(now).LocalDay(now);
    }

    private static void RequireNotWritten(PersonEntity person, string action)
    {
        if (person.Status == PersonStatus.Written)
        {
            throw new ApiProblemException(409, "Already written.", $"This person was already written to and cannot be {action}; reopen them first.");
        }
    }
}
