using Outreach.Career;
using Outreach.People;

namespace Outreach.UnitTests.Career;

public sealed class SharedEmployersTests
{
    private static readonly Position[] Mine =
    [
        new("Goodby Silverstein & Partners", "Creative Director", "2019-01", null),
        new("Foote, Cone & Belding GmbH", "Art Director", "2015-03", "2018-06"),
        new("BBDO", "Intern", "2012-01", "2012-06"),
    ];

    [Fact]
    public void CurrentCompanyAndCareerHistoryMatchWithTheUsersOwnPeriodsOldestFirst()
    {
        var person = PersonEntity.Create("pk", "0123456789abcdef01234567", "name:x", DateTimeOffset.UnixEpoch);
        person.Company = "Goodby Silverstein and Partners";
        person.CareerHistory = [new CareerChange(new DateOnly(2020, 1, 1), "FCB", null, "foote cone & belding", "CD")];

        var shared = SharedEmployers.Of(person, Mine);

        Assert.Equal(
            [new SharedEmployer("Foote, Cone & Belding GmbH", "2015-03", "2018-06"), new SharedEmployer("Goodby Silverstein & Partners", "2019-01", null)],
            shared);
    }

    [Fact]
    public void NobodySharesAnEmployerWhenTheUserHasNoPositions()
    {
        var person = PersonEntity.Create("pk", "0123456789abcdef01234567", "name:x", DateTimeOffset.UnixEpoch);
        person.Company = "BBDO";

        Assert.Empty(SharedEmployers.Of(person, []));
        Assert.Single(SharedEmployers.Of(person, Mine));
    }
}
