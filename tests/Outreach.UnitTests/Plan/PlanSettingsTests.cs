using System.Text.Json;

namespace Outreach.UnitTests.Plan;

public sealed class PlanSettingsTests
{
    private static readonly DateOnly Today = new(2025, 6, 2);

    [Fact]
    public void DefaultIsEveryoneOnWeekdaysLongestSilenceFirstByTheEndOfTheYear()
    {
        var plan = PlanSettings.Default(Today);

        Assert.Equal(new PlanSettings(null, new DateOnly(2025, 12, 31), true, PlanOrder.LongestSilence, 1, "UTC", Today), plan);
    }

    [Theory]
    [InlineData("2025-11-30", "2025-12-31")]
    [InlineData("2025-12-01", "2026-12-31")]
    [InlineData("2025-12-31", "2026-12-31")]
    [InlineData("2028-02-29", "2028-12-31")]
    public void DefaultDeadlineMovesToNextYearWithinThirtyDaysOfTheYearsEnd(string today, string deadline)
        => Assert.Equal(DateOnly.Parse(deadline, null), PlanSettings.Default(DateOnly.Parse(today, null)).Deadline);

    [Fact]
    public void DefaultSettingsAreValid() => Assert.Empty(PlanSettings.Default(Today).Validate(Today));

    [Fact]
    public void AnIanaTimeZoneIsValid()
        => Assert.Empty((PlanSettings.Default(Today) with { TimeZone = "Europe/Berlin" }).Validate(Today));

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public void TargetBelowOneIsRejected(int target)
        => Assert.Equal(["target"], (PlanSettings.Default(Today) with { Target = target }).Validate(Today).Keys);

    [Fact]
    public void AStartInThePastIsValidAndOneAfterTodayIsRejectedByName()
    {
        Assert.Empty((PlanSettings.Default(Today) with { StartedOn = Today.AddYears(-1) }).Validate(Today));
        var errors = (PlanSettings.Default(Today) with { StartedOn = Today.AddDays(1) }).Validate(Today);
        Assert.Contains("2025-06-02", Assert.Single(errors["startedOn"]), StringComparison.Ordinal);
    }

    [Fact]
    public void DeadlineBeforeTheStartIsRejected()
    {
        var plan = PlanSettings.Default(Today) with { Deadline = Today.AddDays(-1) };

        Assert.Contains("start", Assert.Single(plan.Validate(Today)["deadline"]), StringComparison.Ordinal);
    }

    [Fact]
    public void DeadlineThatHasPassedIsRejected()
    {
        var plan = PlanSettings.Default(Today) with { Deadline = Today.AddDays(10) };

        Assert.Contains("passed", Assert.Single(plan.Validate(Today.AddDays(11))["deadline"]), StringComparison.Ordinal);
        Assert.Empty(plan.Validate(Today.AddDays(10)));
    }

    [Theory]
    [InlineData("Mars/Olympus_Mons")]
    [InlineData("")]
    public void UnknownTimeZoneIsRejected(string zone)
        => Assert.Equal(["timeZone"], (PlanSettings.Default(Today) with { TimeZone = zone }).Validate(Today).Keys);

    [Fact]
    public void LocalDayFollowsThePlansTimeZone()
    {
        var plan = PlanSettings.Default(Today) with { TimeZone = "Europe/Berlin" };
        var lateEveningUtc = new DateTimeOffset(2025, 6, 1, 22, 30, 0, TimeSpan.Zero);

        Assert.Equal(new DateOnly(2025, 6, 2), plan.LocalDay(lateEveningUtc));
        Assert.Equal(new DateOnly(2025, 6, 1), PlanSettings.Default(Today).LocalDay(lateEveningUtc));
    }

    [Theory]
    [InlineData(PlanOrder.LongestSilence, "\"longestSilence\"")]
    [InlineData(PlanOrder.OldestConnection, "\"oldestConnection\"")]
    [InlineData(PlanOrder.Shuffled, "\"shuffled\"")]
    [InlineData(PlanOrder.ByName, "\"byName\"")]
    public void PlanOrderIsCamelCaseInJson(PlanOrder order, string json)
    {
        Assert.Equal(json, JsonSerializer.Serialize(order));
        Assert.Equal(order, JsonSerializer.Deserialize<PlanOrder>(json));
    }
}
