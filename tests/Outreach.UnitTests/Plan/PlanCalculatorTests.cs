namespace Outreach.UnitTests.Plan;

// Reference days: 2 June 2025 is a Monday; 29 February 2028 is a Tuesday.
public sealed class PlanCalculatorTests
{
    private static readonly DateOnly Monday = new(2025, 6, 2);
    private static readonly DateOnly Friday = new(2025, 6, 6);
    private static readonly DateOnly Saturday = new(2025, 6, 7);
    private static readonly DateOnly NextFriday = new(2025, 6, 13);
    private static readonly Dictionary<DateOnly, int> Nothing = [];

    private static PlanSettings Plan(DateOnly deadline, DateOnly startedOn, bool weekdaysOnly = true, int? target = null)
        => new(target, deadline, weekdaysOnly, PlanOrder.LongestSilence, 1, "UTC", startedOn);

    [Fact]
    public void QuotaIsRemainingOverWorkingDaysLeftRoundedUp()
    {
        var progress = PlanCalculator.Calculate(Plan(NextFriday, Monday), Monday, 46, 0, Nothing);

        Assert.Equal(10, progress.RemainingWorkingDays);
        Assert.Equal(5, progress.DailyQuota);
        Assert.Equal(4.6, progress.AveragePerDay);
        Assert.Equal((46, 46, 0), (progress.Total, progress.Remaining, progress.Done));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    [InlineData(5)]
    [InlineData(8)]
    public void QuotaIsFixedForTheDayAsTheUserWrites(int writtenToday)
    {
        var progress = PlanCalculator.Calculate(
            Plan(NextFriday, Monday), Monday, 46, writtenToday, new Dictionary<DateOnly, int> { [Monday] = writtenToday });

        Assert.Equal(5, progress.DailyQuota);
        Assert.Equal(4.6, progress.AveragePerDay);
        Assert.Equal(writtenToday, progress.DoneToday);
        Assert.Equal(46 - writtenToday, progress.Remaining);
    }

    [Fact]
    public void QuotaStaysOnTheDayThePlanIsFinished()
    {
        var progress = PlanCalculator.Calculate(
            Plan(NextFriday, Monday), Monday, 4, 4, new Dictionary<DateOnly, int> { [Monday] = 4 });

        Assert.Equal(1, progress.DailyQuota);
        Assert.Equal(0, progress.Remaining);
        Assert.True(progress.OnPace);
        Assert.Equal(Monday, progress.ProjectedFinish);
    }

    [Fact]
    public void OvershootingTheTargetTodayDoesNotRaiseTheQuota()
    {
        var progress = PlanCalculator.Calculate(
            Plan(NextFriday, Monday, target: 10), Monday, 50, 14, new Dictionary<DateOnly, int> { [Monday] = 14 });

        Assert.Equal(1, progress.DailyQuota);
        Assert.Equal(0, progress.Remaining);
    }

    [Fact]
    public void AllDoneOnAnEarlierDayNeedsNothingAndFinishedOnTheLastWrite()
    {
        var doneByDay = new Dictionary<DateOnly, int> { [Monday] = 6, [Monday.AddDays(1)] = 4 };
        var progress = PlanCalculator.Calculate(Plan(NextFriday, Monday), Friday, 10, 10, doneByDay);

        Assert.Equal((0, 0, 0.0), (progress.Remaining, progress.DailyQuota, progress.AveragePerDay));
        Assert.True(progress.OnPace);
        Assert.Equal(Monday.AddDays(1), progress.ProjectedFinish);
    }

    [Fact]
    public void AllDoneWithNoRecordedDaysFinishesToday()
    {
        var progress = PlanCalculator.Calculate(Plan(NextFriday, Monday), Friday, 3, 3, Nothing);

        Assert.Equal(Friday, progress.ProjectedFinish);
        Assert.True(progress.OnPace);
    }

    [Fact]
    public void DeadlineTodayOnAWeekdayMakesEverythingDueToday()
    {
        var doneByDay = new Dictionary<DateOnly, int> { [Friday] = 2 };
        var progress = PlanCalculator.Calculate(Plan(Friday, Monday), Friday, 20, 12, doneByDay);

        Assert.Equal(1, progress.RemainingWorkingDays);
        Assert.Equal(10, progress.DailyQuota);
        Assert.Equal(10.0, progress.AveragePerDay);
        Assert.Equal(8, progress.Remaining);
    }

    [Fact]
    public void DeadlineTodayOnAWeekendInWeekdaysModeIsBehindWithEverythingDue()
    {
        var doneByDay = new Dictionary<DateOnly, int> { [Friday] = 5, [Saturday] = 1 };
        var progress = PlanCalculator.Calculate(Plan(Saturday, Monday), Saturday, 20, 12, doneByDay);

        Assert.Equal(0, progress.RemainingWorkingDays);
        Assert.Equal(9, progress.DailyQuota);
        Assert.Equal(0.0, progress.AveragePerDay);
        Assert.False(progress.OnPace);
    }

    [Fact]
    public void DeadlinePastMakesEverythingDueAndIsBehindWhateverThePace()
    {
        var doneByDay = new Dictionary<DateOnly, int> { [Friday] = 30 };
        var progress = PlanCalculator.Calculate(Plan(Friday, Monday), NextFriday, 40, 30, doneByDay);

        Assert.Equal(0, progress.RemainingWorkingDays);
        Assert.Equal(10, progress.DailyQuota);
        Assert.False(progress.OnPace);
        Assert.NotNull(progress.ProjectedFinish);
    }

    [Fact]
    public void WeekendInWeekdaysModeHasNoQuotaButKeepsTheNeededRate()
    {
        var progress = PlanCalculator.Calculate(Plan(NextFriday, Monday), Saturday, 23, 0, Nothing);

        Assert.Equal(5, progress.RemainingWorkingDays);
        Assert.Equal(0, progress.DailyQuota);
        Assert.Equal(4.6, progress.AveragePerDay);
    }

    [Fact]
    public void EveryDayModeCountsWeekendsAsWorkingDays()
    {
        var progress = PlanCalculator.Calculate(Plan(NextFriday, Monday, weekdaysOnly: false), Saturday, 14, 0, Nothing);

        Assert.Equal(7, progress.RemainingWorkingDays);
        Assert.Equal(2, progress.DailyQuota);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void DeadlineOnLeapDayCountsTheTwentyNinthOfFebruary(bool weekdaysOnly)
    {
        var leapDay = new DateOnly(2028, 2, 29);
        var progress = PlanCalculator.Calculate(Plan(leapDay, new DateOnly(2028, 1, 3), weekdaysOnly), leapDay.AddDays(-1), 10, 0, Nothing);

        Assert.Equal(2, progress.RemainingWorkingDays);
        Assert.Equal(5, progress.DailyQuota);
    }

    [Fact]
    public void PaceWindowAcrossLeapDayIsFourteenCalendarDays()
    {
        var today = new DateOnly(2028, 3, 5);
        var doneByDay = Enumerable.Range(0, 15).ToDictionary(i => today.AddDays(-i), _ => 2);
        doneByDay[new DateOnly(2028, 2, 21)] = 9;
        doneByDay[new DateOnly(2028, 2, 20)] = 0;
        var plan = Plan(new DateOnly(2028, 3, 31), new DateOnly(2028, 1, 3), weekdaysOnly: false);

        var progress = PlanCalculator.Calculate(plan, today, 100, 90, doneByDay);

        // 35 mails in the 14 days from 21 February is 2.5 a day, so 10 remaining take 4 days; today's
        // quota is met, so counting starts tomorrow. A window a day too short or too long gives 10 March.
        Assert.Equal(new DateOnly(2028, 3, 9), progress.ProjectedFinish);
        Assert.True(progress.OnPace);
    }

    [Fact]
    public void TargetSmallerThanThePopulationIsTheTotal()
    {
        var progress = PlanCalculator.Calculate(Plan(NextFriday, Monday, target: 100), Monday, 1109, 40, Nothing);

        Assert.Equal((100, 60), (progress.Total, progress.Remaining));
    }

    [Fact]
    public void TargetLargerThanThePopulationIsCappedAtThePopulation()
    {
        var progress = PlanCalculator.Calculate(Plan(NextFriday, Monday, target: 2000), Monday, 1109, 40, Nothing);

        Assert.Equal((1109, 1069), (progress.Total, progress.Remaining));
    }

    [Fact]
    public void NoTargetMeansEveryoneInThePlan()
        => Assert.Equal(1109, PlanCalculator.Calculate(Plan(NextFriday, Monday), Monday, 1109, 0, Nothing).Total);
}
