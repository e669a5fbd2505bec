using Outreach.LinkedIn;
using Outreach.People;
using static Outreach.UnitTests.LinkedIn.LinkedInDerivationTests;

namespace Outreach.UnitTests.LinkedIn;

/// <summary>Who counts as written from both channels: the earlier of mail and LinkedIn, and none once the start moved past both.</summary>
public sealed class ChannelWrittenTests
{
    private static readonly PlanSettings Plan = PlanSettings.Default(new DateOnly(2026, 1, 1));

    [Fact]
    public void ALinkedInMessageBeforeTheMailMakesThePersonWrittenViaLinkedIn()
    {
        var person = Person();
        var mail = new PersonMailState { WrittenMessageId = "m", WrittenAt = At("2026-03-01") };

        Assert.True(ChannelWritten.Apply(person, Plan, mail, [At("2026-03-01"), At("2020-05-01")], Derive(In("x", "2022-01-01"), Out("a", "2026-02-01"))));

        Assert.Equal((PersonStatus.Written, PersonActions.ViaLinkedIn, "2026-02-01"), (person.Status, person.WrittenVia, person.WrittenOn));
        Assert.Equal(At("2022-01-01"), person.ContactBeforeWritten);
        Assert.Equal((1, 1), (person.LinkedInSent, person.LinkedInReceived));
        Assert.False(ChannelWritten.Apply(person, Plan, mail, [At("2026-03-01"), At("2020-05-01")], Derive(In("x", "2022-01-01"), Out("a", "2026-02-01"))));
    }

    [Fact]
    public void WithNeitherChannelCountingAnyMoreThePersonIsOpenAgain()
    {
        var person = Person();
        ChannelWritten.Apply(person, Plan, PersonMailState.Empty, [], Derive(Out("a", "2026-02-01")));

        Assert.True(ChannelWritten.Apply(person, Plan, PersonMailState.Empty, [], LinkedInDerivation.Derive([Out("a", "2026-02-01")], new DateOnly(2026, 3, 1), Day)));

        Assert.Equal((PersonStatus.Open, null, null), (person.Status, person.WrittenVia, person.WrittenAt));
        Assert.Equal(At("2026-02-01"), person.LinkedInLastAt);
    }

    [Fact]
    public void WrittenElsewhereIsTheUsersWordAndStays()
    {
        var person = Person();
        PersonActions.MarkWritten(person, Plan, At("2026-01-05"), PersonActions.ViaElsewhere, null);

        ChannelWritten.Apply(person, Plan, PersonMailState.Empty, [], Derive(Out("a", "2026-02-01")));

        Assert.Equal((PersonActions.ViaElsewhere, At("2026-01-05")), (person.WrittenVia, person.WrittenAt));
    }

    [Fact]
    public void TheLastContactIsTheLaterOfMailAndLinkedIn()
    {
        var person = Person();
        person.LastContact = "2024-01-01";

        ChannelWritten.Apply(person, Plan, PersonMailState.Empty, [], Derive(Out("a", "2025-02-01", group: true)));

        Assert.Equal(new DateOnly(2025, 2, 1), person.LastContactDate);
        Assert.Equal(new DateOnly(2025, 2, 1), PersonView.From(person, []).LastContact);
    }

    [Fact]
    public void ALinkedInReplyCountsAsReplyForTheFilterAndTheReview()
    {
        var person = Person();
        ChannelWritten.Apply(person, Plan, PersonMailState.Empty, [], Derive(Out("a", "2026-02-01")));
        var before = Copy(person);

        Assert.True(ChannelWritten.Apply(person, Plan, PersonMailState.Empty, [], Derive(Out("a", "2026-02-01"), In("b", "2026-02-03"), In("c", "2026-02-05"))));

        Assert.True(person.HasReplied);
        Assert.Equal((2, At("2026-02-03")), (person.LinkedInRepliesReceived, person.FirstReplyAt));
        Assert.Equal(2, PersonView.From(person, []).LinkedInHistory.Replies);
        var review = Outreach.Review.ReviewTracker.Track(before, person);
        Assert.Equal(At("2026-02-03"), review.Updated?.RepliedAt);
    }

    [Fact]
    public void TheFirstReplyIsTheEarlierOfMailAndLinkedIn()
    {
        var person = Person();
        person.RepliedAt = At("2026-02-04");

        ChannelWritten.Apply(person, Plan, PersonMailState.Empty, [], Derive(Out("a", "2026-02-01"), In("b", "2026-02-06")));
        Assert.Equal(At("2026-02-04"), person.FirstReplyAt);

        person.RepliedAt = At("2026-02-08");
        Assert.Equal(At("2026-02-06"), person.FirstReplyAt);
    }

    private static PersonEntity Copy(PersonEntity person)
    {
        var copy = Person();
        (copy.Status, copy.WrittenOn, copy.WrittenAt, copy.WrittenVia, copy.RepliedAt) = (person.Status, person.WrittenOn, person.WrittenAt, person.WrittenVia, person.RepliedAt);
        (copy.LinkedInRepliedAt, copy.LinkedInRepliesReceived, copy.FirstName) = (person.LinkedInRepliedAt, person.LinkedInRepliesReceived, person.FirstName);
        return copy;
    }

    private static PersonEntity Person() => PersonEntity.Create("pk", "0123456789abcdef01234567", "url:x", DateTimeOffset.UnixEpoch);
}
