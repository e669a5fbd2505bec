using Outreach.UnitTests.MailRules;

namespace Outreach.UnitTests.Review;

// Linked days count from Monday 2 June 2025 09:00 UTC; the period is the three weeks from 2 to 22 June.
public sealed class ReviewWeeklyRepliesTests
{
    private static readonly DateOnly Monday = new(2025, 6, 2);
    private static readonly DateOnly LastSunday = new(2025, 6, 22);

    private static ReviewHistory History(string timeZone = "UTC") => ReviewHistory.From2025(timeZone);

    [Fact]
    public void EachPersonWhoRepliedCountsOnceInTheWeekOfTheirFirstReply()
    {
        var history = History();
        foreach (var id in new[] { "anna", "ben", "cleo", "dora" })
        {
            history.Person(id);
        }

        // Anna answers twice in the first week, Ben in the second, Cleo once in the second week and again in the third.
        history.Linked("anna", Linked.Outreach("a", 0), Linked.FromHans("a1", 1, references: [Linked.InternetId("a")]), Linked.FromHans("a2", 3, references: [Linked.InternetId("a")]));
        history.Linked("ben", Linked.Outreach("b", 2), Linked.FromHans("b1", 8, references: [Linked.InternetId("b")]));
        history.Linked("cleo", Linked.Outreach("c", 6), Linked.FromHans("c1", 9, references: [Linked.InternetId("c")]), Linked.FromHans("c2", 15, references: [Linked.InternetId("c")]));
        history.Linked("dora", Linked.Outreach("d", 7));

        var review = history.Review(Monday, LastSunday);

        Assert.Equal(
            [(Monday, 3, 1), (Monday.AddDays(7), 1, 2), (Monday.AddDays(14), 0, 0)],
            review.Weeks.Select(w => (w.WeekStart, w.Written, w.Replies)));
        Assert.Equal(review.Replies.People, review.Weeks.Sum(w => w.Replies));
    }

    [Fact]
    public void RepliesToMailBeforeThePeriodOrArrivingAfterItAreNotInAnyWeek()
    {
        var history = History();
        foreach (var id in new[] { "before", "after", "inside" })
        {
            history.Person(id);
        }

        history.Linked("before", Linked.Outreach("b", -10), Linked.FromHans("b1", 1, references: [Linked.InternetId("b")])); // written before the period, answered in it
        history.Linked("after", Linked.Outreach("a", 14), Linked.FromHans("a1", 21, references: [Linked.InternetId("a")]));  // answered the day after the period
        history.Linked("inside", Linked.Outreach("i", 14), Linked.FromHans("i1", 20, references: [Linked.InternetId("i")]));

        var weeks = history.Review(Monday, LastSunday).Weeks;

        Assert.Equal([0, 0, 1], weeks.Select(w => w.Replies));
        Assert.Equal([0, 0, 1, 1], history.Review(Monday, LastSunday.AddDays(1)).Weeks.Select(w => w.Replies));
    }

    [Fact]
    public void AReplyBeforeTheMailThatCountedIsNoReplyToIt()
    {
        var history = History();
        history.Person("anna");
        history.Replied("anna", Linked.Day(1));
        history.MailWritten("anna", Linked.Day(2));

        var weeks = history.Review(Monday, LastSunday).Weeks;

        Assert.All(weeks, w => Assert.Equal(0, w.Replies));
        Assert.Equal(1, weeks[0].Written);
    }

    [Fact]
    public void AReplyLateOnSundayLocalTimeCountsInThatWeek()
    {
        var history = History("Europe/Berlin");
        history.Person("anna");
        history.MailWritten("anna", Linked.Day(0));

        // 23:30 in Berlin on Sunday 8 June is 21:30 UTC.
        history.Replied("anna", new DateTimeOffset(2025, 6, 8, 21, 30, 0, TimeSpan.Zero));

        Assert.Equal([1, 0, 0], history.Review(Monday, LastSunday).Weeks.Select(w => w.Replies));
    }
}
