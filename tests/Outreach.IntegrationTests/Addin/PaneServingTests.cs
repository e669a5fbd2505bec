using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Outreach.Local.Hosting;

namespace Outreach.IntegrationTests.Addin;

/// <summary>The local host serves the pane's build under <c>/pane/</c> and the preview's development token.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class PaneServingTests(AzuriteFixture storage) : IDisposable
{
    private readonly string _pane = Directory.CreateTempSubdirectory("outreach-pane-").FullName;

    public void Dispose() => Directory.Delete(_pane, recursive: true);

    [Fact]
    public async Task PaneBuildIsServedUnderPane()
    {
        await File.WriteAllTextAsync(Path.Combine(_pane, "index.html"), "<!doctype html><title>Outreach</title>");
        Directory.CreateDirectory(Path.Combine(_pane, "assets"));
        await File.WriteAllTextAsync(Path.Combine(_pane, "assets", "index-abc.js"), "console.log(1);");
        await using var host = await OutreachLocalHost.StartAsync(LocalHostFixture.TestOptions(storage.ConnectionString) with { PaneDirectory = _pane });
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = host.BaseAddress };

        using var bare = await client.GetAsync(new Uri("/pane", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, bare.StatusCode);
        Assert.Equal("/pane/", bare.Headers.Location?.OriginalString);

        using var page = await client.GetAsync(new Uri("/pane/", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("<title>Outreach</title>", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(page.Headers.CacheControl?.NoCache);

        using var asset = await client.GetAsync(new Uri("/pane/assets/index-abc.js", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, asset.StatusCode);
        Assert.Contains("immutable", asset.Headers.CacheControl?.ToString(), StringComparison.Ordinal);

        using var missing = await client.GetAsync(new Uri("/pane/nothing.js", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task DevelopmentTokenRouteIssuesATokenTheApiAccepts()
    {
        await using var host = await OutreachLocalHost.StartAsync(LocalHostFixture.TestOptions(storage.ConnectionString));
        using var client = new HttpClient { BaseAddress = host.BaseAddress };

        using var noUser = await client.GetAsync(new Uri("/dev-token", UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, noUser.StatusCode);
        Assert.Equal("application/problem+json", noUser.Content.Headers.ContentType?.MediaType);

        var body = await client.GetFromJsonAsync<JsonElement>(new Uri("/dev-token?user=pane-preview", UriKind.Relative));
        var token = body.GetProperty("token").GetString();
        Assert.False(string.IsNullOrEmpty(token));

        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(host.ApiAddress, "today"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var today = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, today.StatusCode);

        // No pane directory: nothing under /pane/.
        using var pane = await client.GetAsync(new Uri("/pane/", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, pane.StatusCode);
    }
}
