using Outreach.Review;

namespace Outreach.UnitTests.Review;

// 29 December 2025 is a Monday; 1 January 2026 a Thursday.
public sealed class ReviewWeeksTests
{
    private static readonly DateOnly Monday = new(2025, 12, 29);

    private static DateTimeOffset At(DateOnly day) => new(day.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);

    [Fact]
    public void AnEveryDayPlanOverNewYearRisesInAStraightLine()
    {
        var plan = new PlanSettings(14, new DateOnly(2026, 1, 11), false, PlanOrder.ByName, 1, "UTC", Monday);
        var history = new ReviewHistory(plan);
        for (var i = 0; i < 5; i++)
        {
            history.Person($"p{i}");
            history.WrittenElsewhere($"p{i}", At(Monday.AddDays(i * 2))); // 29 Dec, 31 Dec, 2 Jan, 4 Jan, 6 Jan
        }

        var weeks = history.Review(Monday.AddDays(-7), new DateOnly(2026, 1, 18), population: 30).Weeks;

        Assert.Equal(
            [(new DateOnly(2025, 12, 22), 0, 0, 0), (Monday, 4, 4, 7), (new DateOnly(2026, 1, 5), 1, 5, 14), (new DateOnly(2026, 1, 12), 0, 5, 14)],
            weeks.Select(w => (w.WeekStart, w.Written, w.Cumulative, w.Planned)));
    }

    [Fact]
    public void AWeekdaysOnlyPlanCountsOnlyWorkingDaysAndRoundsUp()
    {
        // 10 working days from Monday 29 December to Friday 9 January; 25 people.
        var plan = new PlanSettings(null, new DateOnly(2026, 1, 9), true, PlanOrder.ByName, 1, "UTC", Monday);

        Assert.Equal(3, ReviewCalculator.Planned(plan, 25, Monday));
        Assert.Equal(13, ReviewCalculator.Planned(plan, 25, new DateOnly(2026, 1, 2)));
        Assert.Equal(13, ReviewCalculator.Planned(plan, 25, new DateOnly(2026, 1, 4)));  // the weekend adds nothing
        Assert.Equal(15, ReviewCalculator.Planned(plan, 25, new DateOnly(2026, 1, 5)));
        Assert.Equal(25, ReviewCalculator.Planned(plan, 25, new DateOnly(2026, 1, 9)));
        Assert.Equal(0, ReviewCalculator.Planned(plan, 25, Monday.AddDays(-1)));

        var weeks = new ReviewHistory(plan).Review(Monday, new DateOnly(2026, 1, 9), population: 25).Weeks;
        Assert.Equal([13, 25], weeks.Select(w => w.Planned));
    }

    [Fact]
    public void CumulativeStartsFromWhatWasWrittenBeforeThePeriod()
    {
        var plan = new PlanSettings(null, new DateOnly(2026, 3, 1), false, PlanOrder.ByName, 1, "UTC", new DateOnly(2025, 12, 1));
        var history = new ReviewHistory(plan);
        history.Person("anna");
        history.WrittenElsewhere("anna", At(Monday.AddDays(1)));

        var week = Assert.Single(history.Review(Monday.AddDays(1), Monday.AddDays(2), writtenBefore: 40).Weeks);

        Assert.Equal((Monday, 1, 41), (week.WeekStart, week.Written, week.Cumulative));
    }
}
