using System.Diagnostics;
using System.Reflection;
using Outreach.Local.Hosting;

namespace Outreach.Tests.Infra;

/// <summary>
/// The Bicep CLI from the Azure.Bicep.CommandLine.linux-x64 package (its build props set <c>BicepPath</c>,
/// which the test project stamps into this assembly). Runs offline: infra/ uses local modules only.
/// </summary>
internal static class BicepCli
{
    public static string InfraDirectory => Path.Combine(RepositoryRoot.Find(), "infra");

    public static string MainBicep => Path.Combine(InfraDirectory, "main.bicep");

    public static BicepResult Run(params string[] arguments)
    {
        var info = new ProcessStartInfo(Executable.Value)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = InfraDirectory,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        // Bicep would otherwise ask the network for telemetry and module metadata.
        info.Environment["BICEP_TELEMETRY_ENABLED"] = "false";
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"bicep {string.Join(' ', arguments)} did not finish in 2 minutes.");
        }

        return new BicepResult(process.ExitCode, output.Result, error.Result);
    }

    private static readonly Lazy<string> Executable = new(() =>
    {
        var configured = typeof(BicepCli).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .SingleOrDefault(a => a.Key == "BicepPath")?.Value;
        if (string.IsNullOrEmpty(configured))
        {
            throw new InvalidOperationException("BicepPath is not set: is Azure.Bicep.CommandLine.linux-x64 referenced by the test project?");
        }

        // The props write Windows separators; on Linux they are not part of a file name.
        var path = Path.GetFullPath(configured.Replace('\\', Path.DirectorySeparatorChar));
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The Bicep CLI is not at '{path}'.", path);
        }

        // NuGet does not always keep the executable bit of a package's files.
        if (!OperatingSystem.IsWindows())
        {
            var mode = File.GetUnixFileMode(path);
            var execute = UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;
            if ((mode & UnixFileMode.UserExecute) == 0)
            {
                File.SetUnixFileMode(path, mode | execute);
            }
        }

        return path;
    });
}

internal sealed record BicepResult(int ExitCode, string Output, string Error)
{
    /// <summary>Every diagnostic line (<c>file(line,col) : Level code: message</c>) Bicep printed.</summary>
    public IReadOnlyList<string> Diagnostics => (Output + "\n" + Error)
        .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Where(line => line.Contains(" : Error ", StringComparison.Ordinal)
            || line.Contains(" : Warning ", StringComparison.Ordinal)
            || line.Contains(" : Info ", StringComparison.Ordinal))
        .ToList();

    public override string ToString() => $"exit {ExitCode}{Environment.NewLine}{Output}{Environment.NewLine}{Error}";
}
