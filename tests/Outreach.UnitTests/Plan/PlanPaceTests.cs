namespace Outreach.UnitTests.Plan;

// Reference days: 2 June 2025 is a Monday.
public sealed class PlanPaceTests
{
    private static readonly DateOnly Monday = new(2025, 6, 2);
    private static readonly DateOnly YearEnd = new(2025, 12, 31);
    private static readonly Dictionary<DateOnly, int> Nothing = [];

    private static PlanSettings Plan(DateOnly startedOn, DateOnly? deadline = null)
        => new(null, deadline ?? YearEnd, true, PlanOrder.LongestSilence, 1, "UTC", startedOn);

    private static Dictionary<DateOnly, int> EveryWeekday(DateOnly first, DateOnly last, int mails)
    {
        var days = new Dictionary<DateOnly, int>();
        for (var day = first; day <= last; day = day.AddDays(1))
        {
            if (WorkingDays.IsWorkingDay(day, weekdaysOnly: true))
            {
                days[day] = mails;
            }
        }

        return days;
    }

    [Fact]
    public void ProjectedFinishFollowsASteadyPace()
    {
        var today = new DateOnly(2025, 6, 16);
        var doneByDay = EveryWeekday(Monday, today.AddDays(-1), 3);

        var progress = PlanCalculator.Calculate(Plan(Monday), today, 60, 30, doneByDay);

        // 3 a day; 30 remaining take 10 weekdays from this (empty) Monday morning.
        Assert.Equal(new DateOnly(2025, 6, 27), progress.ProjectedFinish);
        Assert.True(progress.OnPace);
    }

    [Fact]
    public void AnEmptyMorningDoesNotSlowThePace()
    {
        var today = new DateOnly(2025, 6, 16);
        var doneByDay = EveryWeekday(Monday, today.AddDays(-1), 3);

        var morning = PlanCalculator.Calculate(Plan(Monday), today, 60, 30, doneByDay);
        doneByDay[today] = 3;
        var evening = PlanCalculator.Calculate(Plan(Monday), today, 60, 33, doneByDay);

        Assert.Equal(new DateOnly(2025, 6, 27), morning.ProjectedFinish);
        Assert.Equal(new DateOnly(2025, 6, 27), evening.ProjectedFinish);
    }

    [Fact]
    public void ProjectedFinishAfterTheDeadlineIsBehind()
    {
        var today = new DateOnly(2025, 6, 16);
        var progress = PlanCalculator.Calculate(
            Plan(Monday, new DateOnly(2025, 6, 20)), today, 60, 30, EveryWeekday(Monday, today.AddDays(-1), 3));

        Assert.Equal(new DateOnly(2025, 6, 27), progress.ProjectedFinish);
        Assert.False(progress.OnPace);
    }

    [Fact]
    public void NoPaceOnDayOneIsOnPace()
    {
        var progress = PlanCalculator.Calculate(Plan(Monday), Monday, 100, 0, Nothing);

        Assert.Null(progress.ProjectedFinish);
        Assert.True(progress.OnPace);
    }

    [Theory]
    [InlineData(6, true)]
    [InlineData(7, false)]
    [InlineData(30, false)]
    public void NothingWrittenIsBehindOnlyAfterAWeek(int daysSinceStart, bool onPace)
    {
        var progress = PlanCalculator.Calculate(Plan(Monday), Monday.AddDays(daysSinceStart), 100, 0, Nothing);

        Assert.Null(progress.ProjectedFinish);
        Assert.Equal(onPace, progress.OnPace);
    }

    [Fact]
    public void WritesOutsideTheWindowAreNoPace()
    {
        var today = Monday.AddDays(28);
        var progress = PlanCalculator.Calculate(Plan(Monday), today, 100, 20, EveryWeekday(Monday, Monday.AddDays(4), 4));

        Assert.Null(progress.ProjectedFinish);
        Assert.False(progress.OnPace);
    }

    [Fact]
    public void WeekendWritesCountTowardsThePaceButWeekendDaysDoNot()
    {
        var today = Monday.AddDays(7);
        var doneByDay = EveryWeekday(Monday, today.AddDays(-1), 5);
        doneByDay[Monday.AddDays(5)] = 5;

        var progress = PlanCalculator.Calculate(Plan(Monday), today, 90, 30, doneByDay);

        // 30 mails over 5 weekdays is 6 a day; 60 remaining take 10 weekdays from today.
        Assert.Equal(new DateOnly(2025, 6, 20), progress.ProjectedFinish);
    }

    [Fact]
    public void WritingOnAWeekendCountsAsDoneWithoutAQuota()
    {
        var saturday = Monday.AddDays(5);
        var progress = PlanCalculator.Calculate(Plan(Monday), saturday, 90, 3, new Dictionary<DateOnly, int> { [saturday] = 3 });

        Assert.Equal((3, 0, 87), (progress.DoneToday, progress.DailyQuota, progress.Remaining));
    }

    [Fact]
    public void WritesOnlyOnAWeekendInTheFirstWeekAreNotJudged()
    {
        var saturday = Monday.AddDays(5);
        var doneByDay = new Dictionary<DateOnly, int> { [saturday] = 4, [saturday.AddDays(1)] = 2 };

        var progress = PlanCalculator.Calculate(Plan(saturday), saturday.AddDays(1), 18, 6, doneByDay);

        Assert.False(progress.PaceKnown);
        Assert.Null(progress.ProjectedFinish);
        Assert.True(progress.OnPace);
    }

    [Fact]
    public void WritesBeforeThePlanStartedDoNotCount()
    {
        var started = Monday.AddDays(7);
        var doneByDay = EveryWeekday(Monday, Monday.AddDays(4), 10);

        var progress = PlanCalculator.Calculate(Plan(started), started, 100, 0, doneByDay);

        Assert.Null(progress.ProjectedFinish);
        Assert.True(progress.OnPace);
    }
}
