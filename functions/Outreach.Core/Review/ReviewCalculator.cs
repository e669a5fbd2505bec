using Outreach.People;
using Outreach.Plan;

namespace Outreach.Review;

/// <summary>
/// The balance of a period from the stored aggregates, with these rules:
/// <list type="bullet">
/// <item><b>Written</b>: people counted as written on a local day of the period, each once (the earliest
/// entry wins), by how (<c>mail</c>, <c>linkedIn</c>, anything else is <c>elsewhere</c>). A mail to many
/// people never made an entry.</item>
/// <item><b>Replies</b>: of those, the people whose first reply came after the mail that counted and by the
/// period's last local day. Rate = replies ÷ written (0 when nothing was written); median hours from the
/// mail to that reply.</item>
/// <item><b>Silence</b>: from their last mail before the one that counted to the day written, in local
/// days: never before, under one year, one to five years (a full year or more), over five years (five
/// full years or more). The longest is in years to one decimal.</item>
/// <item><b>Time per mail</b>: median minutes from <i>Write</i> to sent over mails with a <i>Write</i> start;
/// spans over <see cref="MaxWriteMinutes"/> are a compose form left open and are ignored.</item>
/// <item><b>Weeks</b>: Monday to Sunday, from the week of <c>from</c> through the week of <c>to</c>; planned
/// = ⌈total × working days from the plan's start through the week's Sunday ÷ the plan's working days⌉;
/// replies = the people counted in <b>Replies</b> whose first reply came on a local day of that week. Each
/// person's first reply already lives on their written entry (kept in the ledger's transaction), so the
/// weeks need no row of their own.</item>
/// </list>
/// </summary>
public static class ReviewCalculator
{
    /// <summary>Twelve hours: a longer span from <i>Write</i> to sent is a form left open, not time spent.</summary>
    public const double MaxWriteMinutes = 12 * 60;

    public static ReviewView Calculate(ReviewInput input)
    {
        var (plan, from, to) = (input.Plan, input.From, input.To);
        var days = input.Days.Where(d => d.Date >= from && d.Date <= to).ToList();
        var written = days.SelectMany(d => d.Written.Values)
            .Where(e => e.Day >= from && e.Day <= to)
            .GroupBy(e => e.PersonId, StringComparer.Ordinal)
            .Select(g => g.OrderBy(e => e.Day).First())
            .OrderBy(e => e.Day).ThenBy(e => e.PersonId, StringComparer.Ordinal)
            .ToList();

        var mail = written.Count(e => e.Via == PersonActions.ViaMail);
        var linkedIn = written.Count(e => e.Via == ViaLinkedIn);
        var replied = written
            .Where(e => e.RepliedAt is { } r && (e.At is null || r >= e.At) && plan.LocalDay(r) <= to)
            .ToList();
        var hours = replied.Where(e => e.At is not null).Select(e => (e.PersonId, Hours: (e.RepliedAt!.Value - e.At!.Value).TotalHours)).ToList();
        var replies = new ReplyFigures(
            replied.Count,
            written.Count == 0 ? 0 : Math.Round((double)replied.Count / written.Count, 3, MidpointRounding.AwayFromZero),
            Median(hours.Select(h => h.Hours)),
            input.AwaitingAnswer);

        var minutes = written
            .Where(e => e.Via == PersonActions.ViaMail && e.WriteMinutes is >= 0 and <= MaxWriteMinutes)
            .Select(e => e.WriteMinutes!.Value)
            .ToList();

        var careers = days.Sum(d => d.CareerChanges);
        var longest = LongestSilenceOf(plan, written);
        var counters = input.Counters;
        return new ReviewView(
            from,
            to,
            new WrittenFigures(written.Count, mail, linkedIn, written.Count - mail - linkedIn),
            input.People,
            replies,
            Silence(plan, written, longest),
            new NetworkFigures(careers, counters.PeopleWhoMoved, counters.BouncedAddresses, counters.AddressesFound),
            new TimePerMailFigures(Median(minutes), minutes.Count),
            Weeks(input, written, replied),
            Highlights(plan, replied, longest, days));
    }

    public const string ViaLinkedIn = PersonActions.ViaLinkedIn;

    /// <summary>People the plan called for by the end of <paramref name="day"/>: a straight line over its working days.</summary>
    public static int Planned(PlanSettings plan, int population, DateOnly day)
    {
        var total = Math.Max(0, plan.Target is int target ? Math.Min(target, population) : population);
        if (day < plan.StartedOn)
        {
            return 0;
        }

        var all = WorkingDays.Count(plan.StartedOn, plan.Deadline, plan.WeekdaysOnly);
        if (all == 0 || day >= plan.Deadline)
        {
            return total;
        }

        long elapsed = WorkingDays.Count(plan.StartedOn, day, plan.WeekdaysOnly);
        return (int)(((total * elapsed) + all - 1) / all);
    }

    /// <summary>The Monday that starts the week of <paramref name="day"/>.</summary>
    public static DateOnly WeekStart(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    private static List<WeekFigures> Weeks(ReviewInput input, List<WrittenEntry> written, List<WrittenEntry> replied)
    {
        var weeks = new List<WeekFigures>();
        var replyDays = replied.Select(e => input.Plan.LocalDay(e.RepliedAt!.Value)).ToList();
        var cumulative = input.WrittenBefore;
        for (var start = WeekStart(input.From); start <= input.To; start = start.AddDays(7))
        {
            var end = start.AddDays(6);
            var count = written.Count(e => e.Day >= start && e.Day <= end);
            cumulative += count;
            var replies = replyDays.Count(d => d >= start && d <= end);
            weeks.Add(new WeekFigures(start, count, cumulative, Planned(input.Plan, input.Population, end), replies));
        }

        return weeks;
    }

    private static SilenceFigures Silence(PlanSettings plan, List<WrittenEntry> written, (WrittenEntry Entry, int Days)? longest)
    {
        int never = 0, underOne = 0, oneToFive = 0, overFive = 0;
        foreach (var entry in written)
        {
            if (entry.LastContact is not { } contact)
            {
                never++;
                continue;
            }

            var last = plan.LocalDay(contact);
            if (last.AddYears(5) <= entry.Day)
            {
                overFive++;
            }
            else if (last.AddYears(1) <= entry.Day)
            {
                oneToFive++;
            }
            else
            {
                underOne++;
            }
        }

        return new SilenceFigures(
            never,
            underOne,
            oneToFive,
            overFive,
            longest is (var e, var d) ? new LongestSilence(e.PersonId, e.Name, Years(d)) : null);
    }

    /// <summary>The longest silence bridged in local days; ties go to the earlier day, then the person id.</summary>
    private static (WrittenEntry Entry, int Days)? LongestSilenceOf(PlanSettings plan, List<WrittenEntry> written)
        => written.Where(e => e.LastContact is not null)
            .Select(e => ((WrittenEntry Entry, int Days)?)(e, e.Day.DayNumber - plan.LocalDay(e.LastContact!.Value).DayNumber))
            .OrderByDescending(s => s!.Value.Days).ThenBy(s => s!.Value.Entry.Day).ThenBy(s => s!.Value.Entry.PersonId, StringComparer.Ordinal)
            .FirstOrDefault();

    /// <summary>First reply, fastest reply (when someone else was first), longest silence bridged, latest career change.</summary>
    private static List<Highlight> Highlights(PlanSettings plan, List<WrittenEntry> replied, (WrittenEntry Entry, int Days)? longest, List<ReviewDay> days)
    {
        var highlights = new List<Highlight>();
        var first = replied.OrderBy(e => e.RepliedAt).ThenBy(e => e.PersonId, StringComparer.Ordinal).FirstOrDefault();
        if (first is not null)
        {
            highlights.Add(new Highlight(Highlight.FirstReply, first.PersonId, first.Name, plan.LocalDay(first.RepliedAt!.Value), Hours: HoursToReply(first)));
        }

        var fastest = replied.Where(e => e.At is not null).OrderBy(HoursToReply).ThenBy(e => e.PersonId, StringComparer.Ordinal).FirstOrDefault();
        if (fastest is not null && fastest.PersonId != first?.PersonId)
        {
            highlights.Add(new Highlight(Highlight.FastestReply, fastest.PersonId, fastest.Name, plan.LocalDay(fastest.RepliedAt!.Value), Hours: HoursToReply(fastest)));
        }

        if (longest is (var entry, var silence))
        {
            highlights.Add(new Highlight(Highlight.LongestSilence, entry.PersonId, entry.Name, entry.Day, Years: Years(silence)));
        }

        if (days.Where(d => d.LatestCareer is not null).MaxBy(d => d.Date)?.LatestCareer is { } career)
        {
            highlights.Add(new Highlight(
                Highlight.CareerChange, career.PersonId, career.Name, career.SeenOn, FromCompany: career.FromCompany, ToCompany: career.ToCompany, ToPosition: career.ToPosition));
        }

        return highlights;
    }

    private static double? HoursToReply(WrittenEntry entry)
        => entry.At is { } at ? Math.Round((entry.RepliedAt!.Value - at).TotalHours, 1, MidpointRounding.AwayFromZero) : null;

    private static double Years(int days) => Math.Round(days / 365.25, 1, MidpointRounding.AwayFromZero);

    private static double? Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        if (sorted.Count == 0)
        {
            return null;
        }

        var middle = sorted.Count / 2;
        var median = sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        return Math.Round(median, 1, MidpointRounding.AwayFromZero);
    }
}
