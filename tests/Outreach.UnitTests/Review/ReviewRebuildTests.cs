using System.Text.Json;
using Outreach.People;
using Outreach.Review;
using Outreach.UnitTests.MailRules;

namespace Outreach.UnitTests.Review;

// Linked days count from Monday 2 June 2025 09:00 UTC; the period is June.
public sealed class ReviewRebuildTests
{
    private static readonly DateOnly First = new(2025, 6, 1);
    private static readonly DateOnly Last = new(2025, 6, 30);

    private static ReviewHistory History(string timeZone = "UTC") => ReviewHistory.From2025(timeZone);

    /// <summary>Mail with a reply, mail after years of silence, one written elsewhere, a career change and a bounce.</summary>
    private static ReviewHistory AYear()
    {
        var history = History();
        history.Person("anna");
        history.Person("ben", lastMail: Linked.Day(-800));
        history.Person("cleo", company: "Goodby");
        history.Person("dora");
        history.Linked("anna", Linked.Outreach("a", 0), Linked.FromHans("a1", 1.5, references: [Linked.InternetId("a")]));
        history.MailWritten("ben", Linked.Day(8));
        history.WrittenElsewhere("cleo", Linked.Day(9));
        history.Change("cleo", p =>
        {
            p.CareerHistory = [new CareerChange(new DateOnly(2025, 6, 12), "Goodby", "Writer", "FCB", "Partner")];
            p.Company = "FCB";
        });
        history.Change("dora", p => p.Emails = [new PersonEmail("dora@example.com", PersonEmail.FromImport) { Bounced = true }]);
        return history;
    }

    private static string Json(ReviewView review) => JsonSerializer.Serialize(review);

    [Fact]
    public void AHistoryWithoutReviewRowsGetsTheReviewItWouldHaveHad()
    {
        var kept = AYear();
        var expected = Json(kept.Review(First, Last));

        var result = kept.Rebuild(keepRows: false);

        Assert.Equal(expected, Json(kept.Review(First, Last)));
        var review = kept.Review(First, Last);
        Assert.Equal(new WrittenFigures(3, 2, 0, 1), review.Written);
        Assert.Equal(1, review.Replies.People);
        Assert.Equal((2, 1, 1), (result.Counters.PeopleWhoMoved, result.Counters.BouncedAddresses, review.Network.CareerChanges));
        Assert.True(result.Counters.Complete);
    }

    [Fact]
    public void RowsAlreadyKeptWinAndARebuildChangesNothingTheSecondTime()
    {
        var history = History();
        history.Person("anna");
        history.WriteStarted("anna", Linked.Day(0).AddMinutes(-7));
        history.MailWritten("anna", Linked.Day(0));

        var first = history.Rebuild(keepRows: true);
        var again = history.Rebuild(keepRows: true);

        Assert.Empty(first.ChangedDays);
        Assert.Empty(first.Marked);
        Assert.Equal(new TimePerMailFigures(7, 1), history.Review(First, Last).TimePerMail); // the kept entry knew the minutes
        Assert.Empty(again.ChangedDays);
        Assert.Empty(again.Marked);
    }

    [Fact]
    public void PeopleStoredBeforeTheReviewAreMarkedSoTheirNextChangeTakesBackWhatTheRebuildCounted()
    {
        var history = History();
        history.LegacyPerson("anna", p =>
        {
            p.Emails = [new PersonEmail("anna@example.com", PersonEmail.FromImport) { Bounced = true }];
            PersonActions.MarkWritten(p, history.Plan, Linked.Day(2), PersonActions.ViaElsewhere, null);
        });
        Assert.Equal(0, history.Review(First, Last).Written.Total);

        var result = history.Rebuild(keepRows: true);

        Assert.Equal(["anna"], result.Marked.Select(p => p.Id));
        Assert.Equal([new DateOnly(2025, 6, 4)], result.ChangedDays);
        Assert.Equal((1, 1, 1), (history.Review(First, Last).Written.Elsewhere, result.Counters.BouncedAddresses, result.Counters.PeopleWhoMoved));

        history.Change("anna", p => p.Emails = [new PersonEmail("anna@example.com", PersonEmail.FromImport)]);

        Assert.Equal(new NetworkFigures(0, 0, 0, 0), history.Review(First, Last).Network);
    }
}
