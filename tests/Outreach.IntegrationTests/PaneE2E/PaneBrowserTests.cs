using System.Diagnostics;
using Outreach.Local.Commands;
using Outreach.Local.Hosting;
using Outreach.Local.Storage;
using Outreach.TestFixtures;
using Xunit.Abstractions;

namespace Outreach.IntegrationTests.PaneE2E;

/// <summary>
/// Runs the pane's browser suite (<c>tests/pane-e2e</c>: playwright-core driving Debian's Chromium, axe)
/// against the real local run, so <c>dotnet test Outreach.sln</c> covers the pane end to end. The local run
/// gets free ports, its own data folder and its own in-memory Azurite, because other test classes and
/// other developers' runs use the machine at the same time.
/// </summary>
public sealed class PaneBrowserTests(ITestOutputHelper output)
{
    private const string DefaultChromium = "/usr/bin/chromium";
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(12);

    // playwright-core never downloads a browser; this guards against a package that would.
    private static readonly Dictionary<string, string> NoBrowserDownload = new() { ["PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD"] = "1" };

    /// <summary>
    /// Short, so "a reply appears under Replies" takes seconds instead of the demo's 20-60 s; long enough that
    /// Today shows a sent mail counted before a demo bounce (which takes the count back) can arrive.
    /// </summary>
    private const double ReplyDelaySeconds = 6;

    [Fact(Timeout = 900_000)]
    public async Task BrowserSuitePassesAgainstTheLocalRun()
    {
        var chromium = Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : DefaultChromium;
        Assert.True(
            File.Exists(chromium),
            $"The pane's browser tests need Chromium at {chromium}. Install Debian's: sudo apt-get install -y chromium (or set CHROMIUM_PATH).");

        var root = RepositoryRoot.TryFind(AppContext.BaseDirectory)
            ?? throw new DirectoryNotFoundException($"No {RepositoryRoot.SolutionFile} above {AppContext.BaseDirectory}.");
        var suite = Path.Combine(root, "tests", "pane-e2e");
        var artifacts = Path.Combine(suite, "artifacts");
        using var cancellation = new CancellationTokenSource(Timeout);
        var clock = Stopwatch.StartNew();

        await EnsurePaneBuiltAsync(root, cancellation.Token);

        var install = await NpmRunner.EnsureInstalledAsync(suite, Timeout, cancellation.Token, NoBrowserDownload);
        Assert.True(install is null or { ExitCode: 0 }, $"npm ci in tests/pane-e2e failed with exit code {install?.ExitCode}:\n{install?.Output}");

        await using var storage = await AzuriteProcess.StartAsync(new AzuriteOptions { InMemory = true }, cancellation.Token);
        var ports = TcpPorts.FindFree(3);
        var dataDirectory = TestDirectories.Create("pane-e2e");
        await using var host = new LocalRunProcess(new LocalRunProcess.Settings(
            ports[0], ports[1], ports[2], dataDirectory, storage.ConnectionString, ReplyDelaySeconds));
        await host.StartAsync(cancellation.Token);
        await using var control = new HostControl(host, Log);
        Log($"local run on {host.BaseUrl} (sandbox {host.SandboxUrl}), ready after {clock.Elapsed.TotalSeconds:0.0} s");

        if (Directory.Exists(artifacts))
        {
            Directory.Delete(artifacts, recursive: true);
        }

        var environment = new Dictionary<string, string>(NoBrowserDownload)
        {
            ["BASE_URL"] = host.BaseUrl.ToString(),
            ["SANDBOX_URL"] = host.SandboxUrl.ToString(),
            ["CONTROL_URL"] = control.Url.ToString(),
            ["ARTIFACTS_DIR"] = artifacts,
            ["DEMO_CSV"] = DemoMode.NetworkPath(dataDirectory),
            ["CHROMIUM_PATH"] = chromium,
        };
        var run = await NpmRunner.RunAsync(suite, ["test"], Timeout, cancellation.Token, environment, Log);

        Log($"browser suite finished in {clock.Elapsed.TotalSeconds:0.0} s (exit code {run.ExitCode})");
        foreach (var screenshot in Directory.Exists(artifacts) ? Directory.EnumerateFiles(artifacts, "*.png") : [])
        {
            Log($"artifact: {screenshot}");
        }

        Assert.True(run.ExitCode == 0, $"The pane's browser suite failed (exit code {run.ExitCode}):\n{run.Output}\n--- local run (last lines) ---\n{host.Output}");
    }

    /// <summary>
    /// Builds the pane before the local run starts, under the lock the Vitest test installs under, so
    /// the two never run <c>npm ci</c> in <c>addin/</c> at the same time; the local run then finds it built.
    /// </summary>
    private static async Task EnsurePaneBuiltAsync(string root, CancellationToken cancellationToken)
    {
        var addin = Path.Combine(root, "addin");
        using var buildOutput = new StringWriter();
        await using (await NpmRunner.AcquireLockAsync(Path.Combine(addin, ".npm-ci.lock"), cancellationToken))
        {
            await PaneBuild.EnsureBuiltAsync(root, buildOutput, cancellationToken);
        }

        Assert.True(
            File.Exists(Path.Combine(PaneFiles.DefaultDirectory(root), "index.html")),
            $"The pane could not be built ({PaneFiles.BuildHint}):\n{buildOutput}");
    }

    private void Log(string line)
    {
        try
        {
            output.WriteLine(line);
        }
        catch (InvalidOperationException)
        {
            // A late line after the test finished has nowhere to go.
        }
    }
}
