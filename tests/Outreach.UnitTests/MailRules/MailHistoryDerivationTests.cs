namespace Outreach.UnitTests.MailRules;

public sealed class MailHistoryDerivationTests
{
    [Fact]
    public void NoMessagesGiveTheEmptyState() => Assert.Equal(PersonMailState.Empty, PersonMailDerivation.Derive([]));

    [Fact]
    public void HistoryCountsSentAndReceivedAndSpansThem()
    {
        var state = PersonMailDerivation.Derive([
            Linked.FromHans("2016-in", -3000),
            Linked.SentTo("2016-out", -2999),
            Linked.Outreach("out", 0),
            Linked.FromHans("re", 2),
        ]);

        Assert.Equal(2, state.SentCount);
        Assert.Equal(2, state.ReceivedCount);
        Assert.Equal(Linked.Day(-3000), state.FirstExchanged);
        Assert.Equal(Linked.Day(2), state.LastExchanged);
    }

    [Fact]
    public void WrittenIsTheEarliestMailCountedAsWritten()
    {
        var state = PersonMailDerivation.Derive([
            Linked.SentTo("cc-only", -5),
            Linked.Outreach("second", 7),
            Linked.Outreach("first", 1),
        ]);

        Assert.True(state.IsWritten);
        Assert.Equal("first", state.WrittenMessageId);
        Assert.Equal(Linked.Day(1), state.WrittenAt);
    }

    [Fact]
    public void SameMessageLinkedTwiceCountsOnce()
    {
        var outreach = Linked.Outreach("out", 0);

        var state = PersonMailDerivation.Derive([outreach, outreach, outreach with { }]);

        Assert.Equal(1, state.SentCount);
        Assert.Equal("out", state.WrittenMessageId);
    }
}
