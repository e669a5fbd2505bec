namespace Outreach.UnitTests.MailRules;

public sealed class MessageLinkerTests
{
    [Fact]
    public void SentMailLinksEachPersonWithTheirOwnVerdictAndAddresses()
    {
        var mail = Mails.Sent("s", People.HansWork, People.HansPrivate) with { Cc = [Mails.Address(People.JaneMail)] };

        var links = MessageLinker.Link(mail, People.Lookup);

        var hans = links[People.Hans];
        Assert.True(hans.CountedAsWritten);
        Assert.Equal(MailDirection.Out, hans.Direction);
        Assert.Equal([People.HansWork, People.HansPrivate], hans.PersonAddresses);
        Assert.Equal(3, hans.RecipientCount);
        Assert.Equal("<s@me.example>", hans.InternetMessageId);
        Assert.False(links[People.Jane].CountedAsWritten);
    }

    [Fact]
    public void ReplyKeepsItsReferencesAndSender()
    {
        var link = MessageLinker.Link(HeaderSamples.OutlookReply, People.Lookup)[People.Hans];

        Assert.Equal(MessageKind.Received, link.Kind);
        Assert.Equal(MailDirection.In, link.Direction);
        Assert.Equal(People.HansWork, link.Sender);
        Assert.True(link.IsFromPerson);
        Assert.Single(link.ReferencedIds);
    }

    [Fact]
    public void BounceIsTiedToThePeopleOfTheMailItRefersTo()
    {
        static IReadOnlyList<string> BySentMessage(string id)
            => id == "<AM0PR07MB4321.1A2B3C@AM0PR07MB4321.eurprd07.prod.outlook.com>" ? [People.Hans] : [];

        var links = MessageLinker.Link(HeaderSamples.ExchangeNdr, People.Lookup, BySentMessage);

        var bounce = Assert.Single(links);
        Assert.Equal(People.Hans, bounce.Key);
        Assert.Equal(MessageKind.NonDelivery, bounce.Value.Kind);
        Assert.Empty(bounce.Value.PersonAddresses);
    }

    [Fact]
    public void BounceIsTiedToThePersonItNamesAsFailed()
    {
        static IReadOnlyList<string> Lookup(string address) => address == "old.address@former-employer.com" ? [People.Omar] : [];

        var link = MessageLinker.Link(HeaderSamples.GmailBounce, Lookup)[People.Omar];

        Assert.Equal(["old.address@former-employer.com"], link.PersonAddresses);
    }

    [Fact]
    public void DraftLinksToNobody()
        => Assert.Empty(MessageLinker.Link(Mails.Sent("s", People.HansWork) with { IsDraft = true }, People.Lookup));

    [Fact]
    public void MessageWithoutATimeLinksToNobody()
        => Assert.Empty(MessageLinker.Link(Mails.Sent("s", People.HansWork) with { SentAt = null }, People.Lookup));
}
