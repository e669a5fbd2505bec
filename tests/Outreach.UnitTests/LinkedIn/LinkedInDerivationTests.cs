using Outreach.LinkedIn;

namespace Outreach.UnitTests.LinkedIn;

/// <summary>The mail rules for LinkedIn messages: written since the start, replies until written again, history, groups.</summary>
public sealed class LinkedInDerivationTests
{
    private static readonly DateOnly Start = new(2026, 1, 1);

    [Fact]
    public void AMessageToThePersonAloneSinceTheStartCountsAsWrittenAndOlderOnesAreHistory()
    {
        var state = Derive(Out("a", "2025-06-01"), In("b", "2025-07-01"), Out("c", "2026-02-01"), Out("d", "2026-03-01"));

        Assert.Equal(At("2026-02-01"), state.WrittenAt);
        Assert.Equal((At("2025-06-01"), At("2026-03-01"), 3, 1), (state.First, state.Last, state.Sent, state.Received));
        Assert.Empty(state.Replies);
    }

    [Fact]
    public void AGroupMessageCountsForNoOneButIsHistory()
    {
        var state = Derive(Out("a", "2026-02-01", group: true), In("b", "2026-02-02", group: true));

        Assert.Null(state.WrittenAt);
        Assert.Empty(state.Replies);
        Assert.Equal((1, 1), (state.Sent, state.Received));
    }

    [Fact]
    public void TheirMessageAfterYoursIsAReplyWaitingUntilYouWriteAgain()
    {
        var waiting = Derive(Out("a", "2026-02-01"), In("b", "2026-02-03"));
        var answered = Derive(Out("a", "2026-02-01"), In("b", "2026-02-03"), Out("c", "2026-02-04"));

        var reply = Assert.Single(waiting.AwaitingAnswer);
        Assert.Equal(("b", "a"), (reply.Key, reply.AnsweredKey));
        Assert.Single(answered.Replies);
        Assert.Empty(answered.AwaitingAnswer);
    }

    [Fact]
    public void TheSameMessagesTwiceInAnyOrderGiveTheSameState()
    {
        LinkedInMessage[] messages = [Out("a", "2026-02-01"), In("b", "2026-02-03"), Out("c", "2025-01-01")];

        var once = Derive(messages);
        var twice = Derive([.. messages.Reverse(), .. messages]);

        Assert.Equal((once.WrittenAt, once.Sent, once.Received, once.First, once.Last), (twice.WrittenAt, twice.Sent, twice.Received, twice.First, twice.Last));
        Assert.Equal(once.AwaitingAnswer, twice.AwaitingAnswer);
    }

    [Fact]
    public void MovingTheStartLaterUncountsAndEarlierCountsTheOlderMessage()
    {
        LinkedInMessage[] messages = [Out("a", "2025-06-01"), Out("b", "2026-02-01")];

        Assert.Equal(At("2025-06-01"), LinkedInDerivation.Derive(messages, new DateOnly(2025, 1, 1), Day).WrittenAt);
        Assert.Null(LinkedInDerivation.Derive(messages, new DateOnly(2026, 3, 1), Day).WrittenAt);
    }

    internal static LinkedInState Derive(params LinkedInMessage[] messages) => LinkedInDerivation.Derive(messages, Start, Day);

    internal static DateOnly Day(DateTimeOffset at) => DateOnly.FromDateTime(at.UtcDateTime);

    internal static DateTimeOffset At(string day) => DateTimeOffset.Parse(day + "T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture);

    internal static LinkedInMessage Out(string key, string day, bool group = false) => new(key, "c", MailDirection.Out, At(day), group);

    internal static LinkedInMessage In(string key, string day, bool group = false) => new(key, "c", MailDirection.In, At(day), group);
}
