using Outreach.Ledger;

namespace Outreach.UnitTests.Plan;

public sealed class StartRefreshMarkerTests
{
    private static readonly DateOnly March = new(2026, 3, 1);
    private static readonly DateOnly May = new(2026, 5, 1);

    [Fact]
    public void ASummaryWithoutAChangeOfStartHasNothingPending()
        => Assert.Null(StartRefreshMarker.Pending(SummaryEntity.Empty("p")));

    [Fact]
    public void ANewStartLeavesThePreviousOnePendingInTheSummary()
    {
        var summary = SummaryEntity.Empty("p");

        var begun = StartRefreshMarker.Begin(summary, May);

        var pending = StartRefreshMarker.Pending(summary);
        Assert.Equal([May], pending!.Starts);
        Assert.Equal(begun.Run, pending.Run);
    }

    [Fact]
    public void AnotherNewStartBeforeTheFirstFinishedWidensThePendingStartsAsANewRun()
    {
        var summary = SummaryEntity.Empty("p");
        var first = StartRefreshMarker.Begin(summary, May);

        var second = StartRefreshMarker.Begin(summary, March);
        StartRefreshMarker.Begin(summary, May);

        Assert.Equal([March, May], StartRefreshMarker.Pending(summary)!.Starts);
        Assert.NotEqual(first.Run, second.Run);
        Assert.NotEqual(second.Run, StartRefreshMarker.Pending(summary)!.Run);
    }
}
