using Outreach.Review;

namespace Outreach.UnitTests.Review;

public sealed class ReviewTimePerMailTests
{
    private static readonly DateOnly Monday = new(2026, 1, 5);

    private static DateTimeOffset At(int hour, int minute = 0) => new(Monday.ToDateTime(new TimeOnly(hour, minute)), TimeSpan.Zero);

    [Fact]
    public void TimePerMailIsTheMedianFromWriteToSentOverMailsWithAStart()
    {
        var history = new ReviewHistory(new PlanSettings(null, new DateOnly(2026, 12, 31), false, PlanOrder.ByName, 1, "UTC", new DateOnly(2026, 1, 1)));
        foreach (var id in new[] { "twenty", "forty", "nostart", "leftopen", "elsewhere" })
        {
            history.Person(id);
        }

        history.WriteStarted("twenty", At(9));
        history.MailWritten("twenty", At(9, 20));
        history.WriteStarted("forty", At(10));
        history.MailWritten("forty", At(10, 40));
        history.MailWritten("nostart", At(11));
        history.WriteStarted("leftopen", At(0));
        history.MailWritten("leftopen", At(13)); // 13 hours: a compose form left open
        history.WriteStarted("elsewhere", At(14));
        history.WrittenElsewhere("elsewhere", At(14, 5));

        var review = history.Review(Monday, Monday);

        Assert.Equal(new TimePerMailFigures(30, 2), review.TimePerMail);
        Assert.Equal(5, review.Written.Total);
    }

    [Fact]
    public void WithoutAnyWriteStartTheTimeIsNotKnown()
    {
        var history = new ReviewHistory(new PlanSettings(null, new DateOnly(2026, 12, 31), false, PlanOrder.ByName, 1, "UTC", new DateOnly(2026, 1, 1)));
        history.Person("anna");
        history.MailWritten("anna", At(9));

        Assert.Equal(new TimePerMailFigures(null, 0), history.Review(Monday, Monday).TimePerMail);
    }

    [Fact]
    public void AStartInTheSameSecondAsTheMailCountsAsNoTime()
    {
        var history = new ReviewHistory(new PlanSettings(null, new DateOnly(2026, 12, 31), false, PlanOrder.ByName, 1, "UTC", new DateOnly(2026, 1, 1)));
        history.Person("anna");
        history.WriteStarted("anna", At(9).AddMilliseconds(600)); // mail times are whole seconds
        history.MailWritten("anna", At(9));

        Assert.Equal(new TimePerMailFigures(0, 1), history.Review(Monday, Monday).TimePerMail);
    }
}
