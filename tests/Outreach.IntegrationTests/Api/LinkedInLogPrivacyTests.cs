using Outreach.TestFixtures;

namespace Outreach.IntegrationTests.Api;

/// <summary>No LinkedIn message text reaches a log, at any level, on success or on a refused file.</summary>
public sealed class LinkedInLogPrivacyTests(TraceLogHostFixture fixture) : IClassFixture<TraceLogHostFixture>
{

    [Fact]
    public async Task NoMessageTextReachesTheLogsWhateverTheLevel()
    {
        var archive = new LinkedInArchive(DateTimeOffset.UtcNow);
        using var api = new ApiClient(fixture.Host.BaseAddress, fixture.Host.Tokens.CreateToken("logs-" + Guid.NewGuid().ToString("N")[..8]));
        using (var imported = await api.ImportAsync(archive.Zip(), "application/zip"))
        {
            await ApiClient.OkAsync(imported);
        }

        var broken = archive.MessagesCsv + $"2-x,,Alex,{LinkedInArchive.Owner},Jane,https://www.linkedin.com/in/jane-doe,2023-06-11 15:33:58 UTC,,\"{LinkedInArchive.Marker} never closed\n";
        using (var refused = await api.ImportAsync(broken))
        {
            var problem = await ApiClient.ProblemAsync(refused, 400);
            Assert.DoesNotContain(LinkedInArchive.Marker, problem.ToJsonString(), StringComparison.Ordinal);
        }

        await api.GetOkAsync("api/export");

        Assert.NotEmpty(fixture.Logs.Lines);
        Assert.DoesNotContain(fixture.Logs.Lines, line => line.Contains(LinkedInArchive.Marker, StringComparison.Ordinal));
    }
}
