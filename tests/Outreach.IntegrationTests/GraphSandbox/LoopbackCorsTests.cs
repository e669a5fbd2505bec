using Outreach.GraphSandbox;
using Sandbox = Outreach.GraphSandbox.GraphSandbox;

namespace Outreach.IntegrationTests.GraphSandbox;

/// <summary>The pane's browser preview (another port on this machine) may call the control API; other origins may not.</summary>
public sealed class LoopbackCorsTests
{
    [Theory]
    [InlineData("http://127.0.0.1:7071", true)]
    [InlineData("http://localhost:5173", true)]
    [InlineData("https://evil.example", false)]
    public async Task PreflightAllowsOnlyLoopbackOrigins(string origin, bool allowed)
    {
        await using var sandbox = await Sandbox.StartAsync(new GraphSandboxOptions { Port = 0 });
        using var http = new HttpClient { BaseAddress = sandbox.ControlUrl };
        using var preflight = new HttpRequestMessage(HttpMethod.Options, "mailboxes/0e1f2a3b-4c5d-4e6f-8a7b-8c9d0e1f2a3b/send");
        preflight.Headers.Add("Origin", origin);
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        preflight.Headers.Add("Access-Control-Request-Headers", "content-type");

        using var response = await http.SendAsync(preflight);

        Assert.Equal(allowed, response.Headers.TryGetValues("Access-Control-Allow-Origin", out var values) && values.Single() == origin);
        if (allowed)
        {
            Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        }
    }
}
