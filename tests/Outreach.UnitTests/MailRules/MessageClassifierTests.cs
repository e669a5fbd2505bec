namespace Outreach.UnitTests.MailRules;

public sealed class MessageClassifierTests
{
    [Fact]
    public void OutlookReplyIsReceived() => Assert.Equal(MessageKind.Received, MessageClassifier.Classify(HeaderSamples.OutlookReply));

    [Fact]
    public void GmailReplyIsReceived() => Assert.Equal(MessageKind.Received, MessageClassifier.Classify(HeaderSamples.GmailReply));

    [Fact]
    public void OutlookAutoReplyIsAnAutoReply() => Assert.Equal(MessageKind.AutoReply, MessageClassifier.Classify(HeaderSamples.OutlookAutoReply));

    [Fact]
    public void LocalisedExchangeAutoReplyIsAnAutoReply()
        => Assert.Equal(MessageKind.AutoReply, MessageClassifier.Classify(HeaderSamples.GermanExchangeAutoReply));

    [Fact]
    public void GmailVacationResponderIsAnAutoReplyDespiteItsReSubject()
        => Assert.Equal(MessageKind.AutoReply, MessageClassifier.Classify(HeaderSamples.GmailVacation));

    [Fact]
    public void ExchangeNdrIsNonDeliveryEvenFromANonPostmasterSender()
        => Assert.Equal(MessageKind.NonDelivery, MessageClassifier.Classify(HeaderSamples.ExchangeNdr));

    [Fact]
    public void ExchangePostmasterNdrIsNonDelivery()
        => Assert.Equal(MessageKind.NonDelivery, MessageClassifier.Classify(HeaderSamples.ExchangePostmasterNdr));

    [Fact]
    public void PostfixBounceIsNonDeliveryAlthoughItIsAutoSubmitted()
        => Assert.Equal(MessageKind.NonDelivery, MessageClassifier.Classify(HeaderSamples.PostfixBounce));

    [Fact]
    public void GmailBounceIsNonDelivery() => Assert.Equal(MessageKind.NonDelivery, MessageClassifier.Classify(HeaderSamples.GmailBounce));

    [Fact]
    public void DelayNoticeIsNotABounce() => Assert.Equal(MessageKind.AutoReply, MessageClassifier.Classify(HeaderSamples.GmailDelay));

    [Fact]
    public void ReadReceiptIsNotAReply() => Assert.Equal(MessageKind.AutoReply, MessageClassifier.Classify(HeaderSamples.ReadReceipt));

    [Theory]
    [InlineData("Automatic reply: Coffee")]
    [InlineData("Out of Office: Coffee")]
    [InlineData("Abwesenheitsnotiz: Kaffee")]
    [InlineData("Automatische Antwort: Kaffee")]
    [InlineData("Réponse automatique : Café")]
    [InlineData("AUTOMATIC REPLY: Coffee")]
    public void AutoReplySubjectAloneIsAnAutoReply(string subject)
        => Assert.Equal(MessageKind.AutoReply, Classify(subject));

    [Theory]
    [InlineData("Undeliverable: Coffee")]
    [InlineData("Unzustellbar: Kaffee")]
    [InlineData("Delivery Status Notification (Failure)")]
    public void BounceSubjectAloneIsNonDelivery(string subject)
        => Assert.Equal(MessageKind.NonDelivery, Classify(subject));

    [Theory]
    [InlineData("Auto-Submitted", "auto-replied")]
    [InlineData("Auto-Submitted", "auto-generated")]
    [InlineData("Auto-Submitted", "auto-replied; owner-email=\"hans@contoso.com\"")]
    [InlineData("X-Autoreply", "yes")]
    [InlineData("X-Autorespond", "Out of the office")]
    [InlineData("Precedence", "auto_reply")]
    public void AutoReplyHeaderMakesAnAutoReply(string name, string value)
        => Assert.Equal(MessageKind.AutoReply, Classify("Re: Coffee in May?", (name, value)));

    [Theory]
    [InlineData("mailer-daemon@example.org")]
    [InlineData("Mailer-Daemon@Example.org")]
    [InlineData("POSTMASTER@example.org")]
    public void SystemSenderMakesNonDelivery(string from)
        => Assert.Equal(MessageKind.NonDelivery, MessageClassifier.Classify(Mails.Received("m", Mails.Address(from), "Returned mail")));

    [Theory]
    [InlineData("Re: Out of office next week?")]
    [InlineData("AW: Abwesenheitsnotiz von Hans?")]
    [InlineData("Re: Undeliverable: Coffee")]
    [InlineData("My automatic reply broke")]
    public void PersonWritingAboutAutoRepliesIsReceived(string subject)
        => Assert.Equal(MessageKind.Received, Classify(subject));

    [Fact]
    public void AutoSubmittedNoIsReceived()
        => Assert.Equal(MessageKind.Received, Classify("Re: Coffee in May?", ("Auto-Submitted", "no")));

    [Fact]
    public void SuppressHeaderAloneDoesNotMakeAnAutoReply()
        => Assert.Equal(MessageKind.Received, Classify("Re: Out of office plans", ("X-Auto-Response-Suppress", "All")));

    [Fact]
    public void SuppressHeaderWithAnAutoSubjectIsAnAutoReply()
        => Assert.Equal(MessageKind.AutoReply, Classify("Hans Müller is out of office", ("X-Auto-Response-Suppress", "DR, RN, NRN, OOF, AutoReply")));

    [Fact]
    public void BulkPrecedenceIsStillReceived()
        => Assert.Equal(MessageKind.Received, Classify("Newsletter", ("Precedence", "bulk")));

    [Fact]
    public void SentItemsMailIsSent() => Assert.Equal(MessageKind.Sent, MessageClassifier.Classify(Mails.Sent("s", "hans@contoso.com")));

    [Fact]
    public void DraftIsADraftInAnyFolder()
    {
        Assert.Equal(MessageKind.Draft, MessageClassifier.Classify(Mails.Sent("s", "hans@contoso.com") with { IsDraft = true }));
        Assert.Equal(MessageKind.Draft, MessageClassifier.Classify(HeaderSamples.OutlookReply with { IsDraft = true }));
    }

    private static MessageKind Classify(string subject, params (string Name, string Value)[] headers)
        => MessageClassifier.Classify(Mails.Received("m", Mails.Address("hans@contoso.com", "Hans"), subject, Mails.Headers(headers)));
}
