using Outreach.Local.Storage;

namespace Outreach.Local.Hosting;

/// <summary>
/// Builds the task pane for the local run when its build is missing or older than its sources, so a
/// fresh clone shows the pane after one command. A failed build is reported, not fatal: the API still runs.
/// </summary>
internal static class PaneBuild
{
    private static readonly string[] Inputs = ["src", "public", "index.html", "package.json", "package-lock.json", "vite.config.ts", "tsconfig.json"];

    public static async Task EnsureBuiltAsync(string repositoryRoot, TextWriter output, CancellationToken cancellationToken)
    {
        var addin = Path.Combine(repositoryRoot, "addin");
        var builtPage = Path.Combine(PaneFiles.DefaultDirectory(repositoryRoot), "index.html");
        if (!Directory.Exists(addin) || (File.Exists(builtPage) && File.GetLastWriteTimeUtc(builtPage) >= NewestInput(addin)))
        {
            return;
        }

        try
        {
            var npm = ChildProcess.Executable("npm");
            var installed = Path.Combine(addin, "node_modules", ".package-lock.json");
            if (!File.Exists(installed) || File.GetLastWriteTimeUtc(installed) < File.GetLastWriteTimeUtc(Path.Combine(addin, "package-lock.json")))
            {
                output.WriteLine("Installing the task pane's packages (npm ci) ...");
                await ChildProcess.RunAsync(npm, ["ci", "--no-audit", "--no-fund"], addin, TimeSpan.FromMinutes(10), cancellationToken);
            }

            output.WriteLine("Building the task pane (npm run build) ...");
            await ChildProcess.RunAsync(npm, ["run", "build"], addin, TimeSpan.FromMinutes(5), cancellationToken);
        }
        catch (Exception ex) when (ex is InvalidOperationException or IOException or TimeoutException or System.ComponentModel.Win32Exception)
        {
            output.WriteLine($"The task pane could not be built ({ex.Message}); the API runs without it. Build it with: {PaneFiles.BuildHint}");
        }
    }

    private static DateTime NewestInput(string addin)
        => Inputs.Select(input => Path.Combine(addin, input))
            .SelectMany(path => Directory.Exists(path)
                ? Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                : File.Exists(path) ? [path] : [])
            .Select(File.GetLastWriteTimeUtc)
            .DefaultIfEmpty(DateTime.MinValue)
            .Max();
}
