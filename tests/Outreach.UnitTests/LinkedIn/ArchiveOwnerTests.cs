using Outreach.LinkedIn;

namespace Outreach.UnitTests.LinkedIn;

public sealed class ArchiveOwnerTests
{
    private static readonly DateTimeOffset At = new(2023, 6, 11, 15, 33, 58, TimeSpan.Zero);

    [Fact]
    public void TheUserIsTheSenderNamedLikeTheProfileEvenWhenTheNameWasMisDecoded()
    {
        ArchiveMessage[] messages = [Message("c1", "José García", "me", "jane"), Message("c1", "Jane", "jane", "me")];

        Assert.Equal("me", ArchiveOwner.Find(messages, "JOSE GARCIA"));
    }

    [Fact]
    public void WithoutAProfileTheUserIsTheOneInEveryConversation()
    {
        ArchiveMessage[] messages = [Message("c1", "A", "me", "jane"), Message("c2", "Max", "max", "me"), Message("c3", "A", "me", "anna", "ben")];

        Assert.Equal("me", ArchiveOwner.Find(messages, null));
    }

    [Fact]
    public void OneConversationOfTwoDoesNotTellWhoTheUserIs()
        => Assert.Null(ArchiveOwner.Find([Message("c1", "A", "me", "jane")], "Someone Else"));

    private static ArchiveMessage Message(string conversation, string fromName, string from, params string[] to)
        => new(2, conversation, fromName, from, to, At);
}
