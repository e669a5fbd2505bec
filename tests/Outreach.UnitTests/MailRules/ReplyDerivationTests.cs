namespace Outreach.UnitTests.MailRules;

public sealed class ReplyDerivationTests
{
    [Fact]
    public void ReplyIsMatchedByInReplyTo()
    {
        var state = PersonMailDerivation.Derive([
            Linked.Outreach("out", 0),
            Linked.FromHans("re", 3, references: [Linked.InternetId("out")]),
        ]);

        var reply = Assert.Single(state.Replies);
        Assert.Equal(new MailReply("re", Linked.Day(3), "out", Linked.Day(0), ReplyMatch.Reference), reply);
        Assert.Equal(TimeSpan.FromDays(3), reply.TimeToReply);
    }

    [Fact]
    public void ReplyByReferenceStandsEvenWhenClocksDisagree()
    {
        var state = PersonMailDerivation.Derive([
            Linked.Outreach("out", 1),
            Linked.FromHans("re", 0.99, references: [Linked.InternetId("out")]),
        ]);

        Assert.Equal(ReplyMatch.Reference, Assert.Single(state.Replies).MatchedBy);
    }

    [Fact]
    public void ReplyIsMatchedByConversation()
    {
        var state = PersonMailDerivation.Derive([
            Linked.Outreach("first", 0, conversation: "c-first"),
            Linked.Outreach("second", 10, conversation: "c-second"),
            Linked.FromHans("re", 12, conversation: "c-first"),
        ]);

        var reply = Assert.Single(state.Replies);
        Assert.Equal(ReplyMatch.Conversation, reply.MatchedBy);
        Assert.Equal("first", reply.OutreachMessageId);
    }

    [Fact]
    public void ReplyIsMatchedBySenderAfterTheOutreachMail()
    {
        var state = PersonMailDerivation.Derive([
            Linked.Outreach("out", 0),
            Linked.FromHans("new-thread", 5),
        ]);

        var reply = Assert.Single(state.Replies);
        Assert.Equal(ReplyMatch.Sender, reply.MatchedBy);
        Assert.Equal("out", reply.OutreachMessageId);
    }

    [Fact]
    public void MailFromThemBeforeMyMailIsHistoryNotAReply()
    {
        var state = PersonMailDerivation.Derive([
            Linked.FromHans("old", -400, conversation: "c"),
            Linked.FromHans("earlier", -1, conversation: "c"),
            Linked.Outreach("out", 0, conversation: "c"),
        ]);

        Assert.Empty(state.Replies);
        Assert.Equal(2, state.ReceivedCount);
        Assert.Equal(Linked.Day(-400), state.FirstExchanged);
    }

    [Fact]
    public void MailAfterASentMailThatDidNotCountIsNotAReply()
    {
        var state = PersonMailDerivation.Derive([
            Linked.SentTo("group-mail", 0),
            Linked.FromHans("re", 1, references: [Linked.InternetId("group-mail")]),
        ]);

        Assert.Empty(state.Replies);
        Assert.Equal(1, state.ReceivedCount);
    }

    [Fact]
    public void AutoReplyIsNotAReply()
    {
        var state = PersonMailDerivation.Derive([
            Linked.Outreach("out", 0),
            Linked.FromHans("oof", 0.01, references: [Linked.InternetId("out")], kind: MessageKind.AutoReply),
        ]);

        Assert.Empty(state.Replies);
        Assert.Equal(0, state.ReceivedCount);
        Assert.Equal(Linked.Day(0), state.LastExchanged);
    }

    [Fact]
    public void NonDeliveryReportIsNotAReply()
    {
        var state = PersonMailDerivation.Derive([
            Linked.Outreach("out", 0),
            Linked.Bounce("ndr", 0.01, references: [Linked.InternetId("out")]) with { Sender = Linked.Hans },
        ]);

        Assert.Empty(state.Replies);
        Assert.Equal(0, state.ReceivedCount);
    }

    [Fact]
    public void MailOnlyCopyingThemIsNotTheirReply()
    {
        var state = PersonMailDerivation.Derive([
            Linked.Outreach("out", 0, conversation: "c"),
            Linked.FromHans("colleague", 1, conversation: "c", references: [Linked.InternetId("out")]) with
            {
                Sender = "colleague@contoso.com",
            },
        ]);

        Assert.Empty(state.Replies);
        Assert.Equal(0, state.ReceivedCount);
    }

    [Fact]
    public void ReplyAwaitsAnAnswerUntilALaterSentMail()
    {
        var outreach = Linked.Outreach("out", 0);
        var reply = Linked.FromHans("re", 3, references: [Linked.InternetId("out")]);

        var waiting = PersonMailDerivation.Derive([outreach, reply]);
        var answered = PersonMailDerivation.Derive([outreach, reply, Linked.SentTo("answer", 4, conversation: "conv-out")]);

        Assert.Equal("re", Assert.Single(waiting.AwaitingAnswer).MessageId);
        Assert.Single(answered.Replies);
        Assert.Empty(answered.AwaitingAnswer);
    }

    [Fact]
    public void OnlyRepliesAfterTheLastAnswerStillAwaitOne()
    {
        var state = PersonMailDerivation.Derive([
            Linked.Outreach("out", 0),
            Linked.FromHans("re-1", 1),
            Linked.SentTo("answer", 2),
            Linked.FromHans("re-2", 3),
        ]);

        Assert.Equal(["re-1", "re-2"], state.Replies.Select(reply => reply.MessageId));
        Assert.Equal("re-2", Assert.Single(state.AwaitingAnswer).MessageId);
    }
}
