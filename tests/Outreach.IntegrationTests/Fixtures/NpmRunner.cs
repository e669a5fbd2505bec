using System.Text;
using Outreach.Local.Storage;

namespace Outreach.IntegrationTests.Fixtures;

/// <summary>
/// Runs npm for the test suites that live in npm projects (the pane's Vitest suite, the pane's browser
/// suite), so <c>dotnet test</c> stays the one test command. Output is collected for the failure message
/// and can be streamed line by line as it comes.
/// </summary>
public static class NpmRunner
{
    /// <summary>
    /// <c>npm ci</c> when <c>node_modules</c> is missing or older than <c>package-lock.json</c>, under a lock file,
    /// because parallel test processes must not install into the same <c>node_modules</c> at once.
    /// Returns null when nothing had to be installed.
    /// </summary>
    public static async Task<NpmResult?> EnsureInstalledAsync(
        string directory,
        TimeSpan timeout,
        CancellationToken cancellationToken,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        await using var installLock = await AcquireLockAsync(Path.Combine(directory, ".npm-ci.lock"), cancellationToken);
        var installed = Path.Combine(directory, "node_modules", ".package-lock.json");
        if (File.Exists(installed) && File.GetLastWriteTimeUtc(installed) >= File.GetLastWriteTimeUtc(Path.Combine(directory, "package-lock.json")))
        {
            return null;
        }

        return await RunAsync(directory, ["ci", "--no-audit", "--no-fund"], timeout, cancellationToken, environment);
    }

    /// <summary>An exclusive lock held as long as the returned stream is open (the file goes with it).</summary>
    public static async Task<FileStream> AcquireLockAsync(string path, CancellationToken cancellationToken)
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

    public static async Task<NpmResult> RunAsync(
        string directory,
        IReadOnlyList<string> arguments,
        TimeSpan timeout,
        CancellationToken cancellationToken,
        IReadOnlyDictionary<string, string>? environment = null,
        Action<string>? onLine = null)
    {
        // Plain output for the failure message.
        var variables = new Dictionary<string, string?> { ["CI"] = "true", ["NO_COLOR"] = "1", ["FORCE_COLOR"] = "0" };
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            variables[name] = value;
        }

        var output = new StringBuilder();
        void Append(string line)
        {
            lock (output)
            {
                output.AppendLine(line);
            }

            onLine?.Invoke(line);
        }

        var (process, _) = ChildProcess.Start(ChildProcess.Executable("npm"), arguments, directory, variables, Append);
        using (process)
        {
            if (!await ChildProcess.WaitForExitAsync(process, timeout, cancellationToken))
            {
                Append($"npm {string.Join(' ', arguments)} did not finish within {timeout}.");
                return new NpmResult(-1, output.ToString());
            }

            return new NpmResult(process.ExitCode, output.ToString());
        }
    }
}

public sealed record NpmResult(int ExitCode, string Output);
