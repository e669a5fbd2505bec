using Outreach.Mail;

namespace Outreach.UnitTests.MailRules;

public sealed class CorrespondentNamesTests
{
    [Fact]
    public void AddressesAreCountedPerMailWithTheirNamesMostUsedFirst()
    {
        var correspondents = CorrespondentNames.Collect([
            Mails.Sent("s1") with { To = [Mails.Address("Hans@Contoso.com", "Hans Müller")] },
            Mails.Sent("s2") with { To = [Mails.Address("hans@contoso.com", "'Müller, Hans'")], Cc = [Mails.Address("hans@contoso.com")] },
            Mails.Received("r1", Mails.Address("hans@contoso.com", "Müller, Hans"), "Re: x"),
        ]);

        var hans = correspondents.Single(correspondent => correspondent.Address == "hans@contoso.com");
        Assert.Equal(3, hans.Count);
        Assert.Equal(["Müller, Hans", "Hans Müller"], hans.Names);
    }

    [Fact]
    public void SameMessageAddedTwiceCountsOnce()
    {
        var mail = Mails.Sent("s1", "hans@contoso.com");

        var correspondents = CorrespondentNames.Collect([mail, mail]);

        Assert.Equal(1, Assert.Single(correspondents).Count);
    }

    [Fact]
    public void BouncesAutoRepliesAndDraftsAreNotCorrespondence()
    {
        var correspondents = CorrespondentNames.Collect([
            HeaderSamples.GmailBounce,
            HeaderSamples.OutlookAutoReply,
            Mails.Sent("draft", "hans@contoso.com") with { IsDraft = true },
        ]);

        Assert.Empty(correspondents);
    }

    [Fact]
    public void NameThatIsAnAddressIsNoName()
    {
        var correspondents = CorrespondentNames.Collect([
            Mails.Sent("s1") with { To = [new MailAddress("jane@example.com", "jane@example.com")] },
        ]);

        Assert.Empty(Assert.Single(correspondents).Names);
    }
}
