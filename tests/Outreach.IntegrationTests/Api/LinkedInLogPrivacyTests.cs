using Microsoft.Extensions.Logging;
using Outreach.Local.Hosting;
using Outreach.TestFixtures;

namespace Outreach.IntegrationTests.Api;

/// <summary>No LinkedIn message text reaches a log, at any level, on success or on a refused file.</summary>
public sealed class LinkedInLogPrivacyTests : IAsyncLifetime, IDisposable
{
    private readonly AzuriteFixture _storage = new();
    private readonly CapturedLogs _logs = new();
    private OutreachLocalHost? _host;

    [Fact]
    public async Task NoMessageTextReachesTheLogsWhateverTheLevel()
    {
        var archive = new LinkedInArchive(DateTimeOffset.UtcNow);
        using var api = new ApiClient(_host!.BaseAddress, _host.Tokens.CreateToken("logs-" + Guid.NewGuid().ToString("N")[..8]));
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

        Assert.NotEmpty(_logs.Lines);
        Assert.DoesNotContain(_logs.Lines, line => line.Contains(LinkedInArchive.Marker, StringComparison.Ordinal));
    }

    public async Task InitializeAsync()
    {
        await _storage.InitializeAsync();
        var options = LocalHostFixture.TestOptions(_storage.ConnectionString);
        _host = await OutreachLocalHost.StartAsync(options with
        {
            ConfigurationOverrides = new Dictionary<string, string?>(options.ConfigurationOverrides) { ["Logging:LogLevel:Default"] = "Trace" },
            ConfigureLogging = logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(_logs),
        });
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        await _storage.DisposeAsync();
    }

    public void Dispose() => _logs.Dispose();
}
