using Outreach.Review;

namespace Outreach.UnitTests.Review;

// The period is the week of Monday 5 January 2026; the plan began on 1 December 2025.
public sealed class ReviewRepliesTests
{
    private static readonly DateOnly Monday = new(2026, 1, 5);
    private static readonly DateOnly Sunday = new(2026, 1, 11);

    private static DateTimeOffset At(DateOnly day, int hour) => new(day.ToDateTime(new TimeOnly(hour, 0)), TimeSpan.Zero);

    private static ReviewHistory History()
        => new(new PlanSettings(null, new DateOnly(2026, 12, 31), false, PlanOrder.ByName, 1, "UTC", new DateOnly(2025, 12, 1)));

    [Fact]
    public void OnlyRepliesToMailOfThePeriodThatArriveByItsEndCount()
    {
        var history = History();
        foreach (var id in new[] { "before", "late", "inside", "silent" })
        {
            history.Person(id);
        }

        history.MailWritten("before", At(Monday.AddDays(-10), 9));
        history.Replied("before", At(Monday, 9));          // a reply in the period to a mail before it
        history.MailWritten("late", At(Monday, 9));
        history.Replied("late", At(Sunday.AddDays(1), 9)); // a reply after the period
        history.MailWritten("inside", At(Monday, 8));
        history.Replied("inside", At(Monday.AddDays(2), 8));
        history.MailWritten("silent", At(Monday, 10));

        var review = history.Review(Monday, Sunday);

        Assert.Equal(3, review.Written.Total);
        Assert.Equal(new ReplyFigures(1, 0.333, 48, 0), review.Replies);
        Assert.Equal(2, history.Review(Monday, Sunday.AddDays(1)).Replies.People);
    }

    [Fact]
    public void MedianHoursAndTheFirstAndFastestReplyAreNamed()
    {
        var history = History();
        history.Person("anna");
        history.Person("ben");
        history.Person("cleo");
        history.MailWritten("anna", At(Monday, 8));
        history.MailWritten("ben", At(Monday, 9));
        history.MailWritten("cleo", At(Monday, 10));
        history.Replied("anna", At(Monday, 20));           // 12 hours, first
        history.Replied("ben", At(Monday.AddDays(2), 9));  // 48 hours
        history.Replied("cleo", At(Monday, 22));          // 12 hours, later than Anna's

        var review = history.Review(Monday, Sunday);

        Assert.Equal(12, review.Replies.MedianHoursToReply);
        Assert.Equal(1, review.Replies.Rate);
        var first = review.Highlights.Single(h => h.Kind == Highlight.FirstReply);
        Assert.Equal(("anna", "Anna Test", Monday, 12.0), (first.PersonId, first.Name, first.Date, first.Hours!.Value));
        Assert.DoesNotContain(review.Highlights, h => h.Kind == Highlight.FastestReply); // Anna was first and fastest (ties go to the first id)
    }

    [Fact]
    public void AFasterReplyThanTheFirstIsItsOwnHighlight()
    {
        var history = History();
        history.Person("anna");
        history.Person("ben");
        history.MailWritten("anna", At(Monday, 8));
        history.Replied("anna", At(Monday, 20));
        history.MailWritten("ben", At(Monday, 21));
        history.Replied("ben", At(Monday, 22));

        var fastest = history.Review(Monday, Sunday).Highlights.Single(h => h.Kind == Highlight.FastestReply);

        Assert.Equal(("ben", 1.0), (fastest.PersonId, fastest.Hours!.Value));
    }
}
