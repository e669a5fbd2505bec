namespace Outreach.UnitTests.MailRules;

/// <summary>The rules when Graph withholds internetMessageHeaders (possible under Mail.ReadBasic).</summary>
public sealed class HeaderlessMailTests
{
    [Fact]
    public void AHeaderlessBounceIsTiedThroughItsConversation()
    {
        var bounce = Mails.Received("ndr", Mails.Address("postmaster@me.example"), "Undeliverable: Coffee in May?") with { ConversationId = "conv-out" };

        Assert.Equal(MessageKind.NonDelivery, MessageClassifier.Classify(bounce));
        Assert.Equal(["conversation:conv-out"], MessageIds.BounceKeys(bounce));
        Assert.Contains("conversation:conv-out", MessageIds.SentKeys(Mails.Sent("out", "hans@example.com") with { ConversationId = "conv-out" }));
    }

    [Fact]
    public void ABounceWithReferencesIsTiedByThemAlone()
    {
        var bounce = Mails.Received("ndr", Mails.Address("postmaster@me.example"), "Undeliverable: Coffee in May?", Mails.Headers(("In-Reply-To", "<out@me.example>")));

        Assert.Equal(["<out@me.example>"], MessageIds.BounceKeys(bounce));
    }

    [Fact]
    public void AHeaderlessBounceMarksTheAddressOfTheEarlierMailInItsConversation()
    {
        var state = PersonMailDerivation.Derive([
            Linked.Outreach("first", 0, conversation: "conv-x"),
            Linked.Bounce("ndr", 0.01) with { ConversationId = "conv-x" },
        ]);

        Assert.Equal([Linked.Hans], state.BouncedAddresses);
    }

    [Fact]
    public void AHeaderlessBounceOfAnotherConversationMarksNothing()
    {
        var state = PersonMailDerivation.Derive([
            Linked.Outreach("first", 0, conversation: "conv-x"),
            Linked.Bounce("ndr", 0.01) with { ConversationId = "conv-y" },
        ]);

        Assert.Empty(state.BouncedAddresses);
    }

    [Theory]
    [InlineData("Automatic reply: Coffee in May?")]
    [InlineData("Out of Office: Coffee in May?")]
    public void AutoRepliesWithoutHeadersAreKnownByTheirSubject(string subject)
        => Assert.Equal(MessageKind.AutoReply, MessageClassifier.Classify(Mails.Received("auto", Mails.Address("hans@example.com"), subject)));

    [Fact]
    public void AHeaderlessReplyIsMatchedByItsConversation()
    {
        var state = PersonMailDerivation.Derive([
            Linked.Outreach("out", 0, conversation: "conv-x"),
            Linked.FromHans("reply", 1, conversation: "conv-x"),
        ]);

        Assert.Equal(ReplyMatch.Conversation, Assert.Single(state.Replies).MatchedBy);
    }
}
