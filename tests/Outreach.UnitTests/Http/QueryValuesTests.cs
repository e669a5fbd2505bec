using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Outreach.Http;
using Outreach.Problems;

namespace Outreach.UnitTests.Http;

public sealed class QueryValuesTests
{
    [Fact]
    public void ARepeatedParameterIsRefusedByNameNotReadAsItsValuesJoined()
    {
        var problem = Assert.Throws<ApiProblemException>(() => QueryValues.Text(Query("?status=written&status=skipped"), "status"));

        Assert.Equal("status may be given once; this request gives it 2 times.", problem.Detail);
        Assert.Equal(["status"], problem.Errors!.Keys);
    }

    [Fact]
    public void ARepeatedNumberIsRefusedAsRepeatedNotAsNoNumber()
        => Assert.Equal(
            "pageSize may be given once; this request gives it 2 times.",
            Assert.Throws<ApiProblemException>(() => QueryValues.Number(Query("?pageSize=1&pageSize=2"), "pageSize")).Detail);

    [Fact]
    public void ANumberPastIntSaysTheLargestThereIs()
        => Assert.Equal(
            "pageSize must be a whole number no larger than 2,147,483,647.",
            Assert.Throws<ApiProblemException>(() => QueryValues.Number(Query("?pageSize=99999999999"), "pageSize")).Detail);

    [Fact]
    public void AMissingOrEmptyParameterIsNull()
    {
        Assert.Null(QueryValues.Text(Query("?status="), "status"));
        Assert.Null(QueryValues.Flag(Query(string.Empty), "suggested"));
        Assert.Equal(50, QueryValues.Number(Query("?pageSize=50"), "pageSize"));
    }

    private static QueryCollection Query(string query) => new(QueryHelpers.ParseQuery(query));
}
