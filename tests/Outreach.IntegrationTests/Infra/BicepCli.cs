using System.Reflection;
using Outreach.Local.Hosting;

namespace Outreach.IntegrationTests.Infra;

/// <summary>
/// The Bicep CLI from the Azure.Bicep.CommandLine.linux-x64 package (its build props set <c>BicepPath</c>,
/// which the test project stamps into this assembly). Runs offline: infra/ uses local modules only.
/// </summary>
internal static class BicepCli
{
    public static string InfraDirectory => Path.Combine(RepositoryRoot.Find(), "infra");

    public static string MainBicep => Path.Combine(InfraDirectory, "main.bicep");

    public static ToolResult Run(params string[] arguments)
        => ToolProcess.Run(Executable.Value, arguments, InfraDirectory, new Dictionary<string, string?>());

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
