namespace Outreach.UnitTests.Plan;

public sealed class WorkingDaysTests
{
    private static readonly DateOnly Monday = new(2025, 6, 2);

    [Theory]
    [InlineData("2025-06-06", true, true)]
    [InlineData("2025-06-07", true, false)]
    [InlineData("2025-06-08", true, false)]
    [InlineData("2025-06-08", false, true)]
    [InlineData("2028-02-29", true, true)]
    public void WeekendsAreOffOnlyInWeekdaysMode(string day, bool weekdaysOnly, bool working)
        => Assert.Equal(working, WorkingDays.IsWorkingDay(DateOnly.Parse(day, null), weekdaysOnly));

    [Fact]
    public void CountIncludesBothEnds()
    {
        Assert.Equal(5, WorkingDays.Count(Monday, Monday.AddDays(6), weekdaysOnly: true));
        Assert.Equal(7, WorkingDays.Count(Monday, Monday.AddDays(6), weekdaysOnly: false));
        Assert.Equal(1, WorkingDays.Count(Monday, Monday, weekdaysOnly: true));
        Assert.Equal(0, WorkingDays.Count(Monday.AddDays(5), Monday.AddDays(6), weekdaysOnly: true));
    }

    [Fact]
    public void CountIsZeroWhenTheEndIsBeforeTheStart()
        => Assert.Equal(0, WorkingDays.Count(Monday, Monday.AddDays(-1), weekdaysOnly: false));

    [Fact]
    public void CountSpansLeapDay()
    {
        Assert.Equal(3, WorkingDays.Count(new DateOnly(2028, 2, 28), new DateOnly(2028, 3, 1), weekdaysOnly: true));
        Assert.Equal(366, WorkingDays.Count(new DateOnly(2028, 1, 1), new DateOnly(2028, 12, 31), weekdaysOnly: false));
    }

    [Fact]
    public void NthSkipsWeekendsInWeekdaysMode()
    {
        Assert.Equal(Monday.AddDays(7), WorkingDays.Nth(Monday.AddDays(5), 1, weekdaysOnly: true));
        Assert.Equal(Monday.AddDays(7), WorkingDays.Nth(Monday.AddDays(4), 2, weekdaysOnly: true));
        Assert.Equal(Monday.AddDays(7), WorkingDays.Nth(Monday, 6, weekdaysOnly: true));
        Assert.Equal(Monday.AddDays(5), WorkingDays.Nth(Monday, 6, weekdaysOnly: false));
    }

    [Fact]
    public void NthBeyondTheCalendarIsNull()
        => Assert.Null(WorkingDays.Nth(DateOnly.MaxValue.AddDays(-2), 10, weekdaysOnly: false));

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void CountAndNthAgreeWithDayByDayCounting(bool weekdaysOnly)
    {
        for (var start = Monday; start < Monday.AddDays(7); start = start.AddDays(1))
        {
            var counted = 0;
            for (var day = start; day < start.AddDays(40); day = day.AddDays(1))
            {
                if (WorkingDays.IsWorkingDay(day, weekdaysOnly))
                {
                    counted++;
                    Assert.Equal(day, WorkingDays.Nth(start, counted, weekdaysOnly));
                }

                Assert.Equal(counted, WorkingDays.Count(start, day, weekdaysOnly));
            }
        }
    }
}
