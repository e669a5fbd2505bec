using System.Diagnostics;
using System.Text;
using Outreach.Local.Hosting;

namespace Outreach.Tests.Addin;

/// <summary>
/// Runs the task pane's Vitest suite (<c>npm test</c> in <c>addin/</c>) as part of <c>dotnet test</c>, so the
/// repository has one test command. Installs the pane's packages first (<c>npm ci</c>) when they are missing.
/// </summary>
public sealed class AddinUnitTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);

    [Fact(Timeout = 600_000)]
    public async Task Vitest_suite_passes()
    {
        var root = RepositoryRoot.TryFind(AppContext.BaseDirectory)
            ?? throw new DirectoryNotFoundException($"No {RepositoryRoot.SolutionFile} above {AppContext.BaseDirectory}.");
        var addin = Path.Combine(root, "addin");
        using var cancellation = new CancellationTokenSource(Timeout);

        // Parallel runs (two test processes, say) must not both install into the same node_modules.
        await using (var installLock = await AcquireLockAsync(Path.Combine(addin, ".npm-ci.lock"), cancellation.Token))
        {
            if (!Directory.Exists(Path.Combine(addin, "node_modules")))
            {
                var install = await RunNpmAsync(addin, ["ci", "--no-audit", "--no-fund"], cancellation.Token);
                Assert.True(install.ExitCode == 0, $"npm ci failed with exit code {install.ExitCode}:\n{install.Output}");
            }
        }

        var test = await RunNpmAsync(addin, ["test"], cancellation.Token);
        Assert.True(test.ExitCode == 0, $"npm test (Vitest) failed with exit code {test.ExitCode}:\n{test.Output}");
    }

    private static async Task<FileStream> AcquireLockAsync(string path, CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
            }
            catch (IOException)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(500), cancellationToken);
            }
        }
    }

    private static async Task<(int ExitCode, string Output)> RunNpmAsync(string directory, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(OperatingSystem.IsWindows() ? "npm.cmd" : "npm")
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // Plain output for the failure message.
        start.Environment["CI"] = "true";
        start.Environment["NO_COLOR"] = "1";
        start.Environment["FORCE_COLOR"] = "0";

        var output = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await process.WaitForExitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Append(output, $"Timed out after {Timeout}.");
            return (-1, output.ToString());
        }

        return (process.ExitCode, output.ToString());
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }
}
