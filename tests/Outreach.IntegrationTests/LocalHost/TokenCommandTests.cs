using System.Diagnostics;
using Microsoft.IdentityModel.JsonWebTokens;
using Outreach.Local.Tokens;
using Outreach.TestFixtures;

namespace Outreach.IntegrationTests.LocalHost;

/// <summary><c>Outreach.Local token --user NAME</c> as a shell would run it: only the token on stdout.</summary>
public sealed class TokenCommandTests
{
    [Fact]
    public async Task TokenCommandPrintsOnlyATokenForTheSameUserOnEveryRun()
    {
        var dataDirectory = TestDirectories.Create("token");

        var first = await RunTokenCommandAsync("--user", "alice", "--data-dir", dataDirectory);
        var second = await RunTokenCommandAsync("--user", "alice", "--data-dir", dataDirectory, "--hours", "1");

        var tokens = new[] { new JsonWebToken(first), new JsonWebToken(second) };
        Assert.All(tokens, t => Assert.Equal(DevelopmentUsers.ObjectIdFor("alice").ToString(), t.GetClaim("oid").Value));
        Assert.All(tokens, t => Assert.Equal("http://127.0.0.1:7071/dev-issuer/v2.0", t.Issuer));
        Assert.Equal(tokens[0].Kid, tokens[1].Kid);
        Assert.Equal(TimeSpan.FromHours(1), tokens[1].ValidTo - tokens[1].ValidFrom);
    }

    [Fact]
    public async Task TokenCommandWithoutUserExplainsItselfAndFails()
    {
        var (exitCode, output, error) = await RunAsync("token");

        Assert.Equal(2, exitCode);
        Assert.Empty(output);
        Assert.Contains("--user", error, StringComparison.Ordinal);
    }

    private static async Task<string> RunTokenCommandAsync(params string[] arguments)
    {
        var (exitCode, output, error) = await RunAsync(["token", .. arguments]);
        Assert.True(exitCode == 0, error);
        var line = Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(3, line.Trim().Split('.').Length);
        return line.Trim();
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] arguments)
    {
        // The host's build output is copied next to the tests, so run that exact assembly.
        var info = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Outreach.Local.dll"));
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }
}
