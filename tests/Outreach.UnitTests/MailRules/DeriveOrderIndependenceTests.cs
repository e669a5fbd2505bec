namespace Outreach.UnitTests.MailRules;

public sealed class DeriveOrderIndependenceTests
{
    // Every rule gets a say: history before outreach, two outreach mails, replies by reference,
    // conversation and sender, an auto-reply, bounces tied and untied, an answer, and a message whose
    // two copies disagree (linked before and after an address was added).
    private static readonly LinkedMessage[] Messages =
    [
        Linked.FromHans("history", -200, conversation: "c1"),
        Linked.SentTo("history-answer", -199, conversation: "c1"),
        Linked.Outreach("out-1", 0, conversation: "c1"),
        Linked.FromHans("oof", 0.01, references: [Linked.InternetId("out-1")], kind: MessageKind.AutoReply),
        Linked.FromHans("re-ref", 2, references: [Linked.InternetId("out-1")]),
        Linked.FromHans("re-conv", 3, conversation: "c1"),
        Linked.SentTo("answer", 4),
        Linked.Outreach("out-2", 40, conversation: "c2"),
        Linked.Bounce("ndr-tied", 40.01, references: [Linked.InternetId("out-2")]),
        Linked.Bounce("ndr-header", 41, failed: ["hans@old.example"]),
        Linked.FromHans("re-sender", 45, sender: People.HansPrivate),
        Linked.SentTo("relinked", 50) with { CountedAsWritten = false },
        Linked.SentTo("relinked", 50) with { CountedAsWritten = true },
        Linked.FromHans("re-late", 51, conversation: "c-late", sender: People.HansPrivate),
    ];

    [Fact]
    public void SampleExercisesEveryRule()
    {
        var state = PersonMailDerivation.Derive(Messages);

        Assert.Equal(
            [ReplyMatch.Reference, ReplyMatch.Conversation, ReplyMatch.Sender, ReplyMatch.Sender],
            state.Replies.Select(reply => reply.MatchedBy));
        Assert.Equal(["re-late"], state.AwaitingAnswer.Select(reply => reply.MessageId));
        Assert.Equal([Linked.Hans, "hans@old.example"], state.BouncedAddresses);
        Assert.Equal("out-1", state.WrittenMessageId);
        Assert.Equal(5, state.SentCount);
        Assert.Equal(5, state.ReceivedCount);
    }

    [Fact]
    public void AnyOrderAndDuplicationGivesTheSameState()
    {
        var expected = PersonMailDerivation.Derive(Messages);
        var random = new Random(20250602);

        for (var round = 0; round < 500; round++)
        {
            var input = Messages
                .SelectMany(message => Enumerable.Repeat(message, 1 + random.Next(3)))
                .OrderBy(_ => random.Next())
                .ToList();

            Assert.Equal(expected, PersonMailDerivation.Derive(input));
        }
    }

    [Fact]
    public void ReversedInputGivesTheSameState()
        => Assert.Equal(PersonMailDerivation.Derive(Messages), PersonMailDerivation.Derive(Messages.Reverse()));
}
