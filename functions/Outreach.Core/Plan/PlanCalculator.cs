namespace Outreach.Plan;

/// <summary>
/// The plan arithmetic. These rules are the product's promise to the user:
/// <list type="bullet">
/// <item><b>Total</b> is the target, or everyone in the plan when there is no target; a target larger
/// than the people in the plan is capped at them. <b>Remaining</b> = max(0, Total − Done).</item>
/// <item><b>Working days</b> are every day, or Monday to Friday in weekdays-only mode.
/// <b>RemainingWorkingDays</b> counts them from today through the deadline, both included.</item>
/// <item><b>DailyQuota</b> = ceil(due / RemainingWorkingDays), where <i>due</i> is what was open when the
/// day began (Remaining + DoneToday). It is fixed for the whole day: writing does not lower it, and it
/// stays on the day the plan is finished. It is 0 on a non-working day, 0 once the plan was finished on
/// an earlier day, and everything due when no working day is left.</item>
/// <item><b>AveragePerDay</b> = due / RemainingWorkingDays to one decimal; 0 when no working day is left.</item>
/// <item><b>Pace</b> = mails per working day over the last 14 days through today, never before the
/// plan started. Mails written on weekends count; weekend days do not. Today counts as a day only once
/// something was written today, so an empty morning does not drag the pace down.</item>
/// <item><b>PaceKnown</b>: the pace is judged only from the plan's 8th day (counting its start day as
/// the 1st) and once there are 5 working days of history: working days from the start through
/// yesterday, and today once something was written today. Before that a new user is not told they are
/// behind on a pace one Sunday mail makes up.</item>
/// <item><b>RestDay</b>: today is not a working day (a weekend in weekdays-only mode) while working days
/// are left; its quota is 0 and whatever is written counts as done anyway.</item>
/// <item><b>ProjectedFinish</b>: when all is done, the last day something was written (or today). With
/// the pace not known or no pace, none. Otherwise the ceil(Remaining / pace)-th working day, counting
/// today when it is a working day whose quota is not yet met, else from the next working day.</item>
/// <item><b>OnPace</b>: true when all is done; false when no working day is left (the plan is over,
/// which no pace can change); true while the pace is not known; with no pace, false; otherwise
/// ProjectedFinish ≤ Deadline. Writing on a rest day adds mails, never days, so it never makes the plan
/// fall behind.</item>
/// </list>
/// </summary>
public static class PlanCalculator
{
    /// <summary>Days of history, today included, that make up the recent pace.</summary>
    public const int PaceWindowDays = 14;

    /// <summary>Days from the start, its first day included, during which the pace is not judged.</summary>
    public const int GraceDays = 7;

    /// <summary>Working days of history the pace needs before it is judged.</summary>
    public const int MinimumHistoryDays = 5;

    /// <param name="population">People in the plan (everyone not skipped).</param>
    /// <param name="done">People in the plan written to.</param>
    /// <param name="doneByDay">Mails counted per local day in the plan's time zone.</param>
    public static Progress Calculate(
        PlanSettings plan, DateOnly today, int population, int done, IReadOnlyDictionary<DateOnly, int> doneByDay)
    {
        var total = Math.Max(0, plan.Target is int target ? Math.Min(target, population) : population);
        var remaining = Math.Max(0, total - done);
        var doneToday = Math.Max(0, doneByDay.GetValueOrDefault(today));

        // What was open this morning; equals Remaining + DoneToday unless the target was overshot today,
        // where it keeps the quota from rising.
        var due = Math.Max(0, total - Math.Max(0, done - doneToday));
        var workingDaysLeft = WorkingDays.Count(today, plan.Deadline, plan.WeekdaysOnly);
        var todayIsWorking = WorkingDays.IsWorkingDay(today, plan.WeekdaysOnly);

        var quota = due == 0 ? 0
            : workingDaysLeft == 0 ? due
            : !todayIsWorking ? 0
            : (due + workingDaysLeft - 1) / workingDaysLeft;
        var average = workingDaysLeft == 0 ? 0 : Math.Round((double)due / workingDaysLeft, 1, MidpointRounding.AwayFromZero);

        var history = WorkingDays.Count(plan.StartedOn, today.AddDays(-1), plan.WeekdaysOnly) + (todayIsWorking && doneToday > 0 ? 1 : 0);
        var paceKnown = IsPaceKnown(today.DayNumber - plan.StartedOn.DayNumber, history);
        var (written, days) = RecentPace(plan, today, doneToday, doneByDay);
        DateOnly? finish;
        bool onPace;
        if (remaining == 0)
        {
            finish = LastWriteDay(today, doneByDay);
            onPace = true;
        }
        else
        {
            finish = !paceKnown || written == 0 ? null : ProjectFinish(plan, today, remaining, written, days, todayIsWorking && doneToday < quota);
            onPace = workingDaysLeft > 0 && (!paceKnown || finish <= plan.Deadline);
        }

        var restDay = workingDaysLeft > 0 && !todayIsWorking;
        return new Progress(doneToday, quota, done, total, remaining, finish, onPace, workingDaysLeft, average, paceKnown, restDay);
    }

    /// <param name="daysSinceStart">0 on the plan's first day.</param>
    /// <param name="workingDaysOfHistory">Working days from the start through yesterday, and today once written.</param>
    public static bool IsPaceKnown(int daysSinceStart, int workingDaysOfHistory)
        => daysSinceStart >= GraceDays && workingDaysOfHistory >= MinimumHistoryDays;

    /// <summary>Mails written and working days elapsed in the pace window.</summary>
    private static (long Written, long Days) RecentPace(
        PlanSettings plan, DateOnly today, int doneToday, IReadOnlyDictionary<DateOnly, int> doneByDay)
    {
        var start = DateOnly.FromDayNumber(Math.Max(today.DayNumber - (PaceWindowDays - 1), plan.StartedOn.DayNumber));
        if (start > today)
        {
            return (0, 0);
        }

        long written = 0;
        for (var day = start; day <= today; day = day.AddDays(1))
        {
            written += Math.Max(0, doneByDay.GetValueOrDefault(day));
        }

        long days = WorkingDays.Count(start, today.AddDays(-1), plan.WeekdaysOnly);
        if (doneToday > 0 && WorkingDays.IsWorkingDay(today, plan.WeekdaysOnly))
        {
            days++;
        }

        // Once the pace is known the window holds at least five working days, so days is never 0 here.
        return (written, days);
    }

    private static DateOnly? ProjectFinish(
        PlanSettings plan, DateOnly today, int remaining, long written, long days, bool countToday)
    {
        // ceil(remaining / (written / days)) in integers, so no rounding error decides a day.
        var workingDaysNeeded = ((remaining * days) + written - 1) / written;
        return WorkingDays.Nth(countToday ? today : today.AddDays(1), workingDaysNeeded, plan.WeekdaysOnly);
    }

    private static DateOnly LastWriteDay(DateOnly today, IReadOnlyDictionary<DateOnly, int> doneByDay)
    {
        var last = (DateOnly?)null;
        foreach (var (day, count) in doneByDay)
        {
            if (count > 0 && day <= today && (last is null || day > last))
            {
                last = day;
            }
        }

        return last ?? today;
    }
}
