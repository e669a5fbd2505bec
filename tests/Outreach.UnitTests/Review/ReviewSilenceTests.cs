using Outreach.Review;
using Outreach.UnitTests.MailRules;

namespace Outreach.UnitTests.Review;

public sealed class ReviewSilenceTests
{
    private static readonly DateOnly Monday = new(2026, 1, 5);

    private static DateTimeOffset At(int year, int month, int day, int hour = 9) => new(year, month, day, hour, 0, 0, TimeSpan.Zero);

    [Fact]
    public void SilenceBucketsMeetAtFullYearsAndAddUpToWritten()
    {
        var history = new ReviewHistory(new PlanSettings(null, new DateOnly(2026, 12, 31), false, PlanOrder.ByName, 1, "UTC", new DateOnly(2026, 1, 1)));
        history.Person("never");
        history.Person("dayshort", At(2025, 1, 6));   // one day short of a year
        history.Person("oneyear", At(2025, 1, 5));    // exactly a year
        history.Person("almostfive", At(2021, 1, 6)); // one day short of five years
        history.Person("fiveyears", At(2021, 1, 5));  // exactly five years
        foreach (var id in new[] { "never", "dayshort", "oneyear", "almostfive", "fiveyears" })
        {
            history.WrittenElsewhere(id, At(2026, 1, 5, 12));
        }

        var silence = history.Review(Monday, Monday).Silence;

        Assert.Equal((1, 1, 2, 1), (silence.NeverBefore, silence.UnderOneYear, silence.OneToFiveYears, silence.OverFiveYears));
        Assert.Equal(new LongestSilence("fiveyears", "Fiveyears Test", 5.0), silence.Longest);
    }

    [Fact]
    public void HistoryLinkedTogetherWithTheCountedMailIsTheSilenceItBridged()
    {
        var history = new ReviewHistory(new PlanSettings(null, new DateOnly(2025, 12, 31), false, PlanOrder.ByName, 1, "UTC", new DateOnly(2025, 6, 1)));
        history.Person("hans");

        // A backfill links years of history and the mail that counts in one refresh.
        history.Linked("hans", Linked.FromHans("old", -800), Linked.SentTo("older", -900), Linked.Outreach("hello", 0), Linked.FromHans("answer", 1));

        var review = history.Review(new DateOnly(2025, 6, 2), new DateOnly(2025, 6, 8));

        Assert.Equal((0, 0, 1, 0), (review.Silence.NeverBefore, review.Silence.UnderOneYear, review.Silence.OneToFiveYears, review.Silence.OverFiveYears));
        Assert.Equal(2.2, review.Silence.Longest!.Years);
        var highlight = review.Highlights.Single(h => h.Kind == Highlight.LongestSilence);
        Assert.Equal(("hans", new DateOnly(2025, 6, 2), 2.2), (highlight.PersonId, highlight.Date, highlight.Years!.Value));
    }
}
