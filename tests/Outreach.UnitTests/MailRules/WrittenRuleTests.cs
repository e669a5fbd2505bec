namespace Outreach.UnitTests.MailRules;

public sealed class WrittenRuleTests
{
    [Fact]
    public void MailToOnePersonCountsForThem()
        => Assert.Equal(People.Hans, WrittenRule.WrittenFor(Mails.Sent("s", People.HansWork), People.Lookup));

    [Fact]
    public void MailToThreePeopleCountsForNone()
        => Assert.Null(WrittenRule.WrittenFor(Mails.Sent("s", People.HansWork, People.JaneMail, People.OmarMail), People.Lookup));

    [Fact]
    public void PersonOnlyInCcIsNotWritten()
    {
        var mail = Mails.Sent("s", People.Stranger) with { Cc = [Mails.Address(People.HansWork)] };

        Assert.Null(WrittenRule.WrittenFor(mail, People.Lookup));
    }

    [Fact]
    public void PersonInBccIsNotWritten()
    {
        var mail = Mails.Sent("s") with { Bcc = [Mails.Address(People.HansWork)] };

        Assert.Null(WrittenRule.WrittenFor(mail, People.Lookup));
    }

    [Fact]
    public void OnePersonThroughTwoAddressesIsStillOnePerson()
        => Assert.Equal(People.Hans, WrittenRule.WrittenFor(Mails.Sent("s", People.HansWork, People.HansPrivate), People.Lookup));

    [Fact]
    public void AddressOutsideTheNetworkDoesNotStopIt()
        => Assert.Equal(People.Hans, WrittenRule.WrittenFor(Mails.Sent("s", People.HansWork, People.Stranger), People.Lookup));

    [Fact]
    public void OtherPersonInCcDoesNotStopIt()
    {
        var mail = Mails.Sent("s", People.HansWork) with { Cc = [Mails.Address(People.JaneMail)] };

        Assert.Equal(People.Hans, WrittenRule.WrittenFor(mail, People.Lookup));
    }

    [Fact]
    public void AddressesAreMatchedTrimmedAndCaseInsensitive()
        => Assert.Equal(People.Hans, WrittenRule.WrittenFor(Mails.Sent("s", "  Hans.Mueller@Contoso.COM "), People.Lookup));

    [Fact]
    public void AddressSharedByTwoPeopleIsAmbiguous()
    {
        static IReadOnlyList<string> Shared(string address) => address == "info@family.example" ? [People.Hans, People.Jane] : [];

        Assert.Null(WrittenRule.WrittenFor(Mails.Sent("s", "info@family.example"), Shared));
    }

    [Fact]
    public void ReceivedMailIsNeverWritten()
        => Assert.Null(WrittenRule.WrittenFor(HeaderSamples.OutlookReply, People.Lookup));

    [Fact]
    public void DraftIsNeverWritten()
        => Assert.Null(WrittenRule.WrittenFor(Mails.Sent("s", People.HansWork) with { IsDraft = true }, People.Lookup));

    [Fact]
    public void SentMailInvolvesEveryRecipientAsOut()
    {
        var mail = Mails.Sent("s", People.HansWork) with
        {
            Cc = [Mails.Address(People.JaneMail)],
            Bcc = [Mails.Address(People.OmarMail)],
        };

        Assert.Equal(
            new HashSet<PersonInvolvement>
            {
                new(People.Hans, MailDirection.Out),
                new(People.Jane, MailDirection.Out),
                new(People.Omar, MailDirection.Out),
            },
            WrittenRule.Involved(mail, People.Lookup));
    }

    [Fact]
    public void ReceivedMailInvolvesSenderAndRecipientsAsIn()
    {
        var mail = HeaderSamples.OutlookReply with { Cc = [Mails.Address(People.JaneMail), Mails.Address(People.HansPrivate)] };

        Assert.Equal(
            new HashSet<PersonInvolvement> { new(People.Hans, MailDirection.In), new(People.Jane, MailDirection.In) },
            WrittenRule.Involved(mail, People.Lookup));
    }

    [Fact]
    public void DraftInvolvesNobody()
        => Assert.Empty(WrittenRule.Involved(Mails.Sent("s", People.HansWork) with { IsDraft = true }, People.Lookup));
}
