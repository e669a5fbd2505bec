using Outreach.TestFixtures;
using Xunit.Abstractions;
using static Outreach.IntegrationTests.Api.StorageRequestCount;

namespace Outreach.IntegrationTests.Api;

/// <summary>What an upload of LinkedIn messages costs in storage: the kept messages are read once, however many it adds.</summary>
[Collection(LocalHostCollection.Name)]
public sealed class LinkedInUploadReadsTests(LocalHostFixture fixture, ITestOutputHelper output)
{
    private const string MessageRangeReads = "table query l|";

    private static readonly LinkedInArchive Archive = new(DateTimeOffset.UtcNow);

    [Fact]
    public async Task AnUploadReadsTheKeptMessagesOnceWhetherItAddsAllSomeOrNone()
    {
        using var api = fixture.NewUser();
        await api.PutOkAsync("api/plan", new { deadline = $"{DateTime.UtcNow.AddDays(200):yyyy-MM-dd}", startedOn = $"{DateTime.UtcNow.AddDays(-30):yyyy-MM-dd}", timeZone = "UTC" });

        foreach (var (upload, archive) in new[] { ("first", Archive.Zip()), ("same again", Archive.Zip()), ("later", Archive.LaterZip()) })
        {
            var requests = await TableRequestsAsync(fixture, () => api.ImportAsync(archive, "application/zip"));
            output.WriteLine($"{upload} upload: {Describe(requests)}");
            Assert.Equal(1, requests.GetValueOrDefault(MessageRangeReads));
        }
    }
}
