using System.Text;
using System.Text.Json;
using Outreach.Http;
using Outreach.People;
using Outreach.Problems;

namespace Outreach.UnitTests.Http;

public sealed class JsonBodiesTests
{
    private static readonly JsonSerializerOptions Options = CreateOptions();

    [Fact]
    public void AFieldOfTheWrongTypeIsNamedWithTheTypeItTakes()
    {
        var problem = Refused<PersonPatch>("""{"notes":42}""");

        Assert.Equal("'notes' must be a string.", problem.Detail);
        Assert.Equal(["notes"], problem.Errors!.Keys);
    }

    [Fact]
    public void ADateThatIsNoDateAsksForTheDateFormat()
        => Assert.Equal("'deadline' must be a date (YYYY-MM-DD).", Refused<PlanInput>("""{"deadline":"2024-02-30"}""").Detail);

    [Fact]
    public void AnUnknownOrderListsTheOrdersThereAre()
        => Assert.Equal("'order' must be one of longestSilence, oldestConnection, shuffled, byName.", Refused<PlanInput>("""{"order":"sideways"}""").Detail);

    [Fact]
    public void AListItemOfTheWrongTypeNamesTheList()
        => Assert.Equal("'emails' must be a list (a string each).", Refused<PersonPatch>("""{"emails":["a@example.com",{}]}""").Detail);

    [Fact]
    public void AnUnknownFieldIsNamedWithTheFieldsTheRequestTakes()
        => Assert.Equal("'unknown' is not a field of this request; it takes notes, emails, tags.", Refused<PersonPatch>("""{"notes":"x","unknown":1}""").Detail);

    [Fact]
    public void AHugeUnknownFieldNameIsNotEchoedWhole()
    {
        var problem = Refused<PersonPatch>($$"""{"{{new string('k', 5000)}}":1}""");

        Assert.True(problem.Detail.Length < 200, problem.Detail);
    }

    [Theory]
    [InlineData("[]", "an array")]
    [InlineData("42", "a number")]
    [InlineData("\"x\"", "a string")]
    [InlineData("null", "null")]
    [InlineData("true", "a boolean")]
    public void ABodyThatIsNoObjectSaysWhatItIs(string json, string what)
        => Assert.Equal($"The body must be a JSON object, not {what}.", Refused<PersonPatch>(json).Detail);

    [Fact]
    public void AnEmptyBodyAsksForAJsonObject()
        => Assert.Equal("The body is empty; send a JSON object.", Refused<PersonPatch>(string.Empty).Detail);

    [Fact]
    public void MalformedJsonNamesWhereItBreaks()
        => Assert.StartsWith("The body is not valid JSON (line 2, byte ", Refused<PersonPatch>("{\n\"notes\":").Detail, StringComparison.Ordinal);

    [Fact]
    public void JsonNestedTenThousandLevelsDeepIsRefusedAsJson()
        => Assert.StartsWith("The body is not valid JSON", Refused<PersonPatch>(new string('[', 10_000) + new string(']', 10_000)).Detail, StringComparison.Ordinal);

    [Fact]
    public void AValidBodyIsRead()
        => Assert.Equal("two kids", JsonBodies.Parse<PersonPatch>(Encoding.UTF8.GetBytes("""{"notes":"two kids"}"""), Options).Notes);

    private static ApiProblemException Refused<T>(string json)
        where T : class
    {
        var problem = Assert.Throws<ApiProblemException>(() => JsonBodies.Parse<T>(Encoding.UTF8.GetBytes(json), Options));
        Assert.Equal(400, problem.Status);
        return problem;
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions();
        HttpServiceCollectionExtensions.ConfigureJson(options);
        return options;
    }
}
