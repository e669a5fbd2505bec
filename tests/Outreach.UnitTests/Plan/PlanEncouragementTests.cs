namespace Outreach.UnitTests.Plan;

// Reference days: 2 June 2025 is a Monday, 8 June 2025 a Sunday.
public sealed class PlanEncouragementTests
{
    private static readonly DateOnly Monday = new(2025, 6, 2);
    private static readonly DateOnly Sunday = new(2025, 6, 8);
    private static readonly DateOnly YearEnd = new(2025, 12, 31);
    private static readonly Dictionary<DateOnly, int> Nothing = [];

    private static PlanSettings Plan(DateOnly startedOn, bool weekdaysOnly = true, DateOnly? deadline = null)
        => new(null, deadline ?? YearEnd, weekdaysOnly, PlanOrder.LongestSilence, 1, "UTC", startedOn);

    [Theory]
    [InlineData(6, false)]
    [InlineData(7, true)]
    public void PaceIsJudgedFromThePlansEighthDay(int daysSinceStart, bool paceKnown)
    {
        // One mail on the first day: far too slow for 1,000 people by the year's end.
        var progress = PlanCalculator.Calculate(
            Plan(Monday), Monday.AddDays(daysSinceStart), 1000, 1, new Dictionary<DateOnly, int> { [Monday] = 1 });

        Assert.Equal(paceKnown, progress.PaceKnown);
        Assert.Equal(!paceKnown, progress.OnPace);
        Assert.Equal(paceKnown, progress.ProjectedFinish is not null);
    }

    [Theory]
    [InlineData(7, 4, false)]
    [InlineData(7, 5, true)]
    [InlineData(6, 5, false)]
    [InlineData(30, 4, false)]
    public void PaceNeedsFiveWorkingDaysOfHistoryBesidesTheFirstWeek(int daysSinceStart, int workingDaysOfHistory, bool known)
        => Assert.Equal(known, PlanCalculator.IsPaceKnown(daysSinceStart, workingDaysOfHistory));

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    public void RestDayHasNoQuotaAndWritingAnywayNeverFallsBehind(int writtenToday)
    {
        // A weekdays-only plan in its fourth week, 4 a day on every weekday so far; today is a Saturday.
        var today = Monday.AddDays(26);
        var doneByDay = new Dictionary<DateOnly, int>();
        for (var day = Monday; day < today; day = day.AddDays(1))
        {
            if (WorkingDays.IsWorkingDay(day, weekdaysOnly: true))
            {
                doneByDay[day] = 4;
            }
        }

        var before = doneByDay.Values.Sum();
        doneByDay[today] = writtenToday;
        var progress = PlanCalculator.Calculate(Plan(Monday, deadline: new DateOnly(2025, 8, 29)), today, 200, before + writtenToday, doneByDay);

        Assert.True(progress.RestDay);
        Assert.True(progress.PaceKnown);
        Assert.Equal((0, writtenToday), (progress.DailyQuota, progress.DoneToday));
        Assert.True(progress.OnPace);
    }

    [Fact]
    public void WritingOnARestDayNeverMovesTheProjectedFinishLater()
    {
        var saturday = Monday.AddDays(19);
        var doneByDay = new Dictionary<DateOnly, int> { [Monday] = 2, [Monday.AddDays(7)] = 2, [Monday.AddDays(14)] = 2 };
        var plan = Plan(Monday, deadline: new DateOnly(2025, 7, 4));

        var resting = PlanCalculator.Calculate(plan, saturday, 100, 6, doneByDay);
        doneByDay[saturday] = 5;
        var writing = PlanCalculator.Calculate(plan, saturday, 100, 11, doneByDay);

        Assert.False(resting.OnPace);
        Assert.True(writing.ProjectedFinish <= resting.ProjectedFinish);
        Assert.True(writing.RestDay);
    }

    [Fact]
    public void AWeekdaysPlanStartedOnASundayWithOneMailIsARestDayAndNotBehind()
    {
        // The first run: one mail on the first day, a Sunday, was "1 of 0 written today · behind the plan".
        var progress = PlanCalculator.Calculate(
            Plan(Sunday, deadline: new DateOnly(2026, 6, 7)), Sunday, 1109, 1, new Dictionary<DateOnly, int> { [Sunday] = 1 });

        Assert.True(progress.RestDay);
        Assert.False(progress.PaceKnown);
        Assert.Equal((1, 0), (progress.DoneToday, progress.DailyQuota));
        Assert.True(progress.OnPace);
        Assert.Null(progress.ProjectedFinish);
    }

    [Fact]
    public void EveryDayPlansHaveNoRestDay()
        => Assert.False(PlanCalculator.Calculate(Plan(Monday, weekdaysOnly: false), Sunday, 10, 0, Nothing).RestDay);

    [Fact]
    public void WeekdaysAreNoRestDay()
        => Assert.False(PlanCalculator.Calculate(Plan(Monday), Monday.AddDays(1), 10, 0, Nothing).RestDay);

    [Fact]
    public void APlanWithNoWorkingDayLeftIsBehindEvenInItsFirstWeek()
    {
        // Deadline on this Saturday of a weekdays-only plan: it is over, not resting, whatever its age.
        var saturday = Monday.AddDays(5);
        var progress = PlanCalculator.Calculate(Plan(Monday, deadline: saturday), saturday, 20, 12, new Dictionary<DateOnly, int> { [Monday] = 12 });

        Assert.False(progress.RestDay);
        Assert.False(progress.OnPace);
        Assert.Equal(8, progress.DailyQuota);
    }
}
