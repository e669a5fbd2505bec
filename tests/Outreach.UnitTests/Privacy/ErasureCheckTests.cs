using Outreach.Auth;
using Outreach.Privacy;
using Outreach.Problems;

namespace Outreach.UnitTests.Privacy;

public sealed class ErasureCheckTests
{
    private static readonly UserId Jane = new(Guid.NewGuid(), Guid.NewGuid());
    private static readonly UserId Max = new(Guid.NewGuid(), Guid.NewGuid());

    [Fact]
    public void ASummaryWithoutTombstoneChecksTheRequest()
    {
        using var check = ErasureCheck.Begin(Jane, reading: true);

        ErasureCheck.See(Jane, erasing: false);

        Assert.True(check.Done);
    }

    [Fact]
    public void ATombstoneStopsAReadWith404()
    {
        using var check = ErasureCheck.Begin(Jane, reading: true);

        var refused = Assert.Throws<ApiProblemException>(() => ErasureCheck.See(Jane, erasing: true));

        Assert.Equal(404, refused.Status);
        Assert.True(check.Done);
    }

    [Fact]
    public void ATombstoneStopsAWriteWith409EraseInProgress()
    {
        using var check = ErasureCheck.Begin(Jane, reading: false);

        var refused = Assert.Throws<ApiProblemException>(() => ErasureCheck.See(Jane, erasing: true));

        Assert.Equal(409, refused.Status);
        Assert.Equal("Erase in progress.", refused.Title);
    }

    [Fact]
    public async Task ATombstoneSeenBesideAReadThatFailedFirstIsRemembered()
    {
        using var check = ErasureCheck.Begin(Jane, reading: false);
        var summaryRead = Task.Run(() => ErasureCheck.See(Jane, erasing: true));

        await Assert.ThrowsAsync<ApiProblemException>(() => summaryRead);

        Assert.True(check.SawErase);
    }

    [Fact]
    public void ASummaryWithoutTombstoneSawNoErase()
    {
        using var check = ErasureCheck.Begin(Jane, reading: false);

        ErasureCheck.See(Jane, erasing: false);

        Assert.False(check.SawErase);
    }

    [Fact]
    public void ASummaryOfAnotherUserChecksNothing()
    {
        using var check = ErasureCheck.Begin(Jane, reading: true);

        ErasureCheck.See(Max, erasing: true);

        Assert.False(check.Done);
    }

    [Fact]
    public void OutsideAUserRequestATombstoneStopsNothing()
    {
        ErasureCheck.See(Jane, erasing: true);
    }

    [Fact]
    public async Task TheCheckFollowsTheRequestIntoTheReadsItAwaitsAndEndsWithIt()
    {
        ErasureCheck check;
        using (check = ErasureCheck.Begin(Jane, reading: true))
        {
            await Task.Run(() => ErasureCheck.See(Jane, erasing: false));
        }

        Assert.True(check.Done);
        ErasureCheck.See(Jane, erasing: true);
    }
}
