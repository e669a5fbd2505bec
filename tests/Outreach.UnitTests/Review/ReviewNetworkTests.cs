using Outreach.People;
using Outreach.Review;

namespace Outreach.UnitTests.Review;

public sealed class ReviewNetworkTests
{
    private static readonly DateOnly Monday = new(2026, 1, 5);

    private static ReviewHistory History()
        => new(new PlanSettings(null, new DateOnly(2026, 12, 31), false, PlanOrder.ByName, 1, "UTC", new DateOnly(2026, 1, 1)));

    private static void Moves(PersonEntity person, DateOnly seenOn, string to)
    {
        person.CareerHistory = [.. person.CareerHistory, new CareerChange(seenOn, person.Company, "Creative Director", to, "Partner")];
        person.Company = to;
    }

    [Fact]
    public void CareerChangesAreCountedOnTheDaySeenAndTheLatestIsNamed()
    {
        var history = History();
        history.Person("anna", company: "Goodby");
        history.Person("ben", company: "FCB");
        history.Change("anna", p => Moves(p, Monday.AddDays(-3), "FCB"));
        history.Change("ben", p => Moves(p, Monday, "Wieden"));
        history.Change("anna", p => Moves(p, Monday.AddDays(1), "Goodby"));

        var review = history.Review(Monday, Monday.AddDays(6));

        Assert.Equal(2, review.Network.CareerChanges);
        Assert.Equal(new Highlight(Highlight.CareerChange, "anna", "Anna Test", Monday.AddDays(1), FromCompany: "FCB", ToCompany: "Goodby", ToPosition: "Partner"), review.Highlights.Single());
        Assert.Equal(1, review.Network.PeopleWhoMoved); // Anna is back where Outreach first saw her
    }

    [Fact]
    public void PeopleWhoMovedBouncedAndFoundAddressesFollowEachChange()
    {
        var history = History();
        history.Person("anna", company: "Goodby");
        history.Person("ben");
        history.Change("anna", p => p.Emails = [new PersonEmail("anna@example.com", PersonEmail.FromImport, Bounced: true)]);
        history.Change("ben", p => p.Emails = [.. p.Emails, new PersonEmail("ben@home.example", PersonEmail.FromMailbox)]);
        Assert.Equal((1, 1, 1), (history.Counters.PeopleWhoMoved, history.Counters.BouncedAddresses, history.Counters.AddressesFound));

        history.Change("anna", p => Moves(p, Monday, "FCB")); // moved twice over still counts once
        history.Change("anna", p => p.Emails = [new PersonEmail("anna@fcb.example", PersonEmail.FromMailbox)]);

        Assert.Equal((1, 0, 2), (history.Counters.PeopleWhoMoved, history.Counters.BouncedAddresses, history.Counters.AddressesFound));
    }

    [Fact]
    public void APersonStoredBeforeTheReviewIsCountedFromTheirNextChangeAndNeverBelowZero()
    {
        var history = History();
        history.LegacyPerson("anna", p => p.Emails = [new PersonEmail("anna@example.com", PersonEmail.FromImport, Bounced: true)]);
        Assert.Equal(0, history.Counters.BouncedAddresses);

        history.Change("anna", p => p.Emails = [new PersonEmail("anna@example.com", PersonEmail.FromImport)]);
        Assert.Equal((0, 0), (history.Counters.PeopleWhoMoved, history.Counters.BouncedAddresses));

        history.Change("anna", p => p.Notes = "marathon in May");
        Assert.Equal(0, history.Counters.BouncedAddresses);
    }
}
