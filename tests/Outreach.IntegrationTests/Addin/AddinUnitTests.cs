using Outreach.Local.Hosting;

namespace Outreach.IntegrationTests.Addin;

/// <summary>
/// Runs the task pane's Vitest suite (<c>npm test</c> in <c>addin/</c>) as part of <c>dotnet test</c>, so the
/// repository has one test command. Installs the pane's packages first (<c>npm ci</c>) when they are missing or stale.
/// </summary>
public sealed class AddinUnitTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);

    [Fact(Timeout = 600_000)]
    public async Task VitestSuitePasses()
    {
        var root = RepositoryRoot.TryFind(AppContext.BaseDirectory)
            ?? throw new DirectoryNotFoundException($"No {RepositoryRoot.SolutionFile} above {AppContext.BaseDirectory}.");
        var addin = Path.Combine(root, "addin");
        using var cancellation = new CancellationTokenSource(Timeout);

        var install = await NpmRunner.EnsureInstalledAsync(addin, Timeout, cancellation.Token);
        Assert.True(install is null or { ExitCode: 0 }, $"npm ci failed with exit code {install?.ExitCode}:\n{install?.Output}");

        var test = await NpmRunner.RunAsync(addin, ["test"], Timeout, cancellation.Token);
        Assert.True(test.ExitCode == 0, $"npm test (Vitest) failed with exit code {test.ExitCode}:\n{test.Output}");
    }
}
