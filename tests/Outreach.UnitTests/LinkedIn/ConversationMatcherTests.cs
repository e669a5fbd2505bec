using Outreach.LinkedIn;

namespace Outreach.UnitTests.LinkedIn;

public sealed class ConversationMatcherTests
{
    private static readonly DateTimeOffset At = new(2023, 6, 11, 15, 33, 58, TimeSpan.Zero);

    private static readonly Dictionary<string, string> Network = new() { ["jane"] = "p-jane", ["anna"] = "p-anna" };

    [Fact]
    public void SentMessagesBelongToTheRecipientsAndReceivedOnesToTheSender()
    {
        var matched = Match(Message("c1", "me", 0, "jane"), Message("c1", "jane", 1, "me"));

        Assert.Equal([(MailDirection.Out, false), (MailDirection.In, false)], matched.ByPerson["p-jane"].Select(m => (m.Direction, m.Group)));
        Assert.Equal(0, matched.OutsideNetwork);
    }

    [Fact]
    public void AConversationWithTwoOthersIsAGroupForEachOfThem()
    {
        var matched = Match(Message("c1", "me", 0, "jane", "anna"), Message("c1", "jane", 1, "me", "anna"));

        Assert.All(matched.ByPerson["p-jane"].Concat(matched.ByPerson["p-anna"]), m => Assert.True(m.Group));
        Assert.Single(matched.ByPerson["p-anna"]);
    }

    [Fact]
    public void MessagesWithNobodyOfTheNetworkAreOnlyCounted()
    {
        var matched = Match(Message("c1", "recruiter", 0, "me"), Message("c1", "me", 1, "recruiter"), Message("c2", "me", 2, "jane"));

        Assert.Equal(2, matched.OutsideNetwork);
        Assert.Equal(["p-jane"], matched.ByPerson.Keys);
    }

    [Fact]
    public void TheSameArchiveGivesTheSameKeysAndTwoMessagesInOneSecondDifferentOnes()
    {
        ArchiveMessage[] messages = [Message("c1", "me", 0, "jane"), Message("c1", "me", 0, "jane")];

        var first = Match(messages).ByPerson["p-jane"].Select(m => m.Key).ToList();
        var again = Match(messages).ByPerson["p-jane"].Select(m => m.Key).ToList();

        Assert.Equal(first, again);
        Assert.Equal(2, first.Distinct().Count());
    }

    private static MatchedMessages Match(params ArchiveMessage[] messages)
        => ConversationMatcher.Match(new ArchiveMessages("messages.csv", "me", messages), url => Network.GetValueOrDefault(url));

    private static ArchiveMessage Message(string conversation, string from, int minutes, params string[] to)
        => new(2, conversation, null, from, to, At.AddMinutes(minutes));
}
