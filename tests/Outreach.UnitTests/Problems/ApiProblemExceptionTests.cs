using Outreach.Problems;

namespace Outreach.UnitTests.Problems;

public sealed class ApiProblemExceptionTests
{
    [Fact]
    public void AFieldErrorIsAlsoSaidInTheDetail()
    {
        var problem = ApiProblemException.BadRequest(
            "The plan is not valid.",
            new Dictionary<string, string[]> { ["deadline"] = ["The deadline has passed."], ["target"] = ["The target must be at least 1 person."] });

        Assert.Equal("The plan is not valid: The deadline has passed. The target must be at least 1 person.", problem.Detail);
    }

    [Fact]
    public void AFieldErrorThatIsTheDetailIsNotSaidTwice()
        => Assert.Equal("until must be a date.", ApiProblemException.Field("until", "until must be a date.").Detail);
}
