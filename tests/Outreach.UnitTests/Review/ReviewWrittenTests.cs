using Outreach.People;
using Outreach.UnitTests.MailRules;
using Outreach.Review;

namespace Outreach.UnitTests.Review;

// 5 January 2026 is a Monday.
public sealed class ReviewWrittenTests
{
    private static readonly DateOnly Monday = new(2026, 1, 5);
    private static readonly DateOnly Sunday = new(2026, 1, 11);

    private static ReviewHistory History(string timeZone = "UTC")
        => new(new PlanSettings(null, new DateOnly(2026, 12, 31), false, PlanOrder.ByName, 1, timeZone, new DateOnly(2026, 1, 1)));

    private static DateTimeOffset At(DateOnly day, int hour, int minute = 0) => new(day.ToDateTime(new TimeOnly(hour, minute)), TimeSpan.Zero);

    [Fact]
    public void WrittenViaLinkedInCountsAsLinkedInAndAnUnknownChannelAsElsewhere()
    {
        var history = History();
        history.Person("anna");
        history.Person("ben");
        history.Change("anna", p => PersonActions.MarkWritten(p, history.Plan, At(Monday, 9), ReviewCalculator.ViaLinkedIn, null));
        history.Change("ben", p => PersonActions.MarkWritten(p, history.Plan, At(Monday, 10), "carrier pigeon", null));

        Assert.Equal(new WrittenFigures(2, 0, 1, 1), history.Review(Monday, Sunday).Written);
        Assert.Equal(PersonActions.ViaElsewhere, ReviewTracker.Channel(history["ben"]));
    }

    [Fact]
    public void MailAndWrittenElsewhereAreCountedApart()
    {
        var history = History();
        history.Person("anna");
        history.Person("ben");
        history.Person("cleo");
        history.MailWritten("anna", At(Monday, 9));
        history.WrittenElsewhere("ben", At(Monday, 10));
        history.MailWritten("cleo", At(Monday.AddDays(1), 11));

        var review = history.Review(Monday, Sunday);

        Assert.Equal(new WrittenFigures(3, 2, 0, 1), review.Written);
    }

    [Fact]
    public void APersonWrittenTwiceCountsOnce()
    {
        var history = History();
        history.Person("anna");
        history.MailWritten("anna", At(Monday, 9));
        history.Reopened("anna");
        history.WrittenElsewhere("anna", At(Monday.AddDays(2), 9));
        history.MailWritten("anna", At(Monday.AddDays(3), 9)); // already written: changes nothing

        var review = history.Review(Monday, Sunday);

        Assert.Equal(new WrittenFigures(1, 0, 0, 1), review.Written);
        Assert.Equal([0, 0, 1, 0, 0, 0, 0], Enumerable.Range(0, 7).Select(d => history.Days.SingleOrDefault(x => x.Date == Monday.AddDays(d))?.Written.Count ?? 0));
    }

    [Fact]
    public void ThePersonIsCountedOnceEvenWhenTwoDaysHoldThem()
    {
        var entry = new WrittenEntry("anna", "Anna", "mail", Monday, At(Monday, 9), null, null, null);
        var first = new ReviewDay(Monday) { Written = { ["anna"] = entry } };
        var second = new ReviewDay(Monday.AddDays(1)) { Written = { ["anna"] = entry with { Day = Monday.AddDays(1) } } };
        var plan = History().Plan;

        var review = ReviewCalculator.Calculate(new ReviewInput(plan, Monday, Sunday, [first, second], 0, 10, new PeopleFigures(10, 0, 0, 0, 0), new ReviewCounters(), 0));

        Assert.Equal(1, review.Written.Total);
        Assert.Equal([1], review.Weeks.Select(w => w.Written));
    }

    [Fact]
    public void AGroupMailCountsForNoneAndItsAnswerIsNoReply()
    {
        var history = History();
        history.Person("anna");
        var group = Linked.SentTo("group", 0, recipients: 3);
        var answer = Linked.FromHans("answer", 1, conversation: group.ConversationId);
        history.Linked("anna", group, answer);

        var review = history.Review(new DateOnly(2025, 6, 1), new DateOnly(2025, 6, 30));

        Assert.Equal(new WrittenFigures(0, 0, 0, 0), review.Written);
        Assert.Equal(0, review.Replies.People);
        Assert.Equal("open", history["anna"].Status);
    }

    [Fact]
    public void AMailLinkedByTheLinkerCountsWithItsReply()
    {
        var history = new ReviewHistory(new PlanSettings(null, new DateOnly(2025, 12, 31), false, PlanOrder.ByName, 1, "UTC", new DateOnly(2025, 6, 1)));
        history.Person("anna");
        history.Linked("anna", Linked.Outreach("hello", 0), Linked.FromHans("answer", 1.5, references: [Linked.InternetId("hello")]));

        var review = history.Review(new DateOnly(2025, 6, 1), new DateOnly(2025, 6, 30));

        Assert.Equal(new WrittenFigures(1, 1, 0, 0), review.Written);
        Assert.Equal(new ReplyFigures(1, 1, 36, 0), review.Replies);
    }

    [Fact]
    public void AMailAt2330LocalCountsOnThatLocalDay()
    {
        var history = History("America/New_York");
        history.Person("anna");

        // 23:30 in New York on Monday is 04:30 UTC on Tuesday.
        history.MailWritten("anna", new DateTimeOffset(2026, 1, 6, 4, 30, 0, TimeSpan.Zero));
        history.Replied("anna", new DateTimeOffset(2026, 1, 7, 4, 45, 0, TimeSpan.Zero));

        Assert.Equal(1, history.Review(Monday, Monday).Written.Total);
        Assert.Equal(0, history.Review(Monday.AddDays(1), Monday.AddDays(1)).Written.Total);
        Assert.Equal(0, history.Review(Monday, Monday).Replies.People);
        Assert.Equal(1, history.Review(Monday, Monday.AddDays(1)).Replies.People);
        Assert.Equal(Monday.AddDays(1), history.Review(Monday, Sunday).Highlights.Single(h => h.Kind == Highlight.FirstReply).Date);
    }

    [Fact]
    public void AnEmptyPeriodGivesZerosNotNothing()
    {
        var review = History().Review(Monday, Monday.AddDays(9));

        Assert.Equal(new WrittenFigures(0, 0, 0, 0), review.Written);
        Assert.Equal(new ReplyFigures(0, 0, null, 0), review.Replies);
        Assert.Equal(new SilenceFigures(0, 0, 0, 0, null), review.Silence);
        Assert.Equal(new TimePerMailFigures(null, 0), review.TimePerMail);
        Assert.Equal(new NetworkFigures(0, 0, 0, 0), review.Network);
        Assert.Equal([Monday, Monday.AddDays(7)], review.Weeks.Select(w => w.WeekStart));
        Assert.All(review.Weeks, w => Assert.Equal(0, w.Written));
        Assert.Empty(review.Highlights);
    }
}
