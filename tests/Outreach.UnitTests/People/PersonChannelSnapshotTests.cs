using Outreach.People;

namespace Outreach.UnitTests.People;

public sealed class PersonChannelSnapshotTests
{
    [Fact]
    public void ACopyOfAPersonHasTheSameSnapshot()
        => Assert.Equal(PersonChannelSnapshot.Of(Jane()), PersonChannelSnapshot.Of(Jane().Clone()));

    [Fact]
    public void ABouncedAddressChangesTheSnapshot()
    {
        var jane = Jane();
        var before = PersonChannelSnapshot.Of(jane);

        jane.Emails = [new PersonEmail("jane@example.com", PersonEmail.FromUser, Bounced: true)];

        Assert.NotEqual(before, PersonChannelSnapshot.Of(jane));
    }

    [Fact]
    public void ALinkedInReplyChangesTheSnapshot()
    {
        var jane = Jane();
        var before = PersonChannelSnapshot.Of(jane);

        jane.LinkedInRepliesReceived = 1;

        Assert.NotEqual(before, PersonChannelSnapshot.Of(jane));
    }

    [Fact]
    public void WhatTheUserWritesIsNoChannelChange()
    {
        var jane = Jane();
        var before = PersonChannelSnapshot.Of(jane);

        jane.Notes = "met at the conference";
        jane.Tags = ["friend"];

        Assert.Equal(before, PersonChannelSnapshot.Of(jane));
    }

    private static PersonEntity Jane()
    {
        var jane = PersonEntity.Create("pk", "0123456789abcdef01234567", "url:jane", DateTimeOffset.UnixEpoch);
        jane.Emails = [new PersonEmail("jane@example.com", PersonEmail.FromUser)];
        return jane;
    }
}
