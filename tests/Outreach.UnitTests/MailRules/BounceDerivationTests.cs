namespace Outreach.UnitTests.MailRules;

public sealed class BounceDerivationTests
{
    [Fact]
    public void BounceReferringToMailToTheAddressMarksIt()
    {
        var state = PersonMailDerivation.Derive([
            Linked.Outreach("out", 0),
            Linked.Bounce("ndr", 0.01, references: [Linked.InternetId("out")]),
        ]);

        Assert.Equal([Linked.Hans], state.BouncedAddresses);
    }

    [Fact]
    public void BounceThatCannotBeTiedUsesFailedRecipients()
    {
        var state = PersonMailDerivation.Derive([
            Linked.Outreach("out", 0),
            Linked.Bounce("ndr", 0.01, failed: ["hans@old-employer.example"]),
        ]);

        Assert.Equal(["hans@old-employer.example"], state.BouncedAddresses);
    }

    [Fact]
    public void BounceOfMailToSeveralAddressesDoesNotGuessWhichFailed()
    {
        var state = PersonMailDerivation.Derive([
            Linked.SentTo("out", 0, recipients: 2),
            Linked.Bounce("ndr", 0.01, references: [Linked.InternetId("out")]),
        ]);

        Assert.Empty(state.BouncedAddresses);
    }

    [Fact]
    public void BounceReferringToNoMailOfTheirsMarksNothing()
    {
        var state = PersonMailDerivation.Derive([
            Linked.Outreach("out", 0),
            Linked.Bounce("ndr", 0.01, references: ["<someone-else@mail.example>"]),
        ]);

        Assert.Empty(state.BouncedAddresses);
    }

    [Fact]
    public void LaterMailFromTheAddressClearsTheBounce()
    {
        var state = PersonMailDerivation.Derive([
            Linked.Outreach("out", 0),
            Linked.Bounce("ndr", 0.01, references: [Linked.InternetId("out")]),
            Linked.FromHans("oof", 30, kind: MessageKind.AutoReply),
        ]);

        Assert.Empty(state.BouncedAddresses);
    }

    [Fact]
    public void EarlierMailFromTheAddressDoesNotClearTheBounce()
    {
        var state = PersonMailDerivation.Derive([
            Linked.FromHans("old", -30),
            Linked.Outreach("out", 0),
            Linked.Bounce("ndr", 0.01, references: [Linked.InternetId("out")]),
        ]);

        Assert.Equal([Linked.Hans], state.BouncedAddresses);
    }
}
