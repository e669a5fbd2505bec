using System.Diagnostics;

namespace Outreach.IntegrationTests.Infra;

/// <summary>Runs a command-line tool to completion and hands back its exit code and output.</summary>
internal static class ToolProcess
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    /// <param name="environment">Variables to set; a null value removes the variable.</param>
    public static ToolResult Run(string fileName, IEnumerable<string> arguments, string workingDirectory, IReadOnlyDictionary<string, string?> environment)
    {
        var info = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            if (value is null)
            {
                info.Environment.Remove(name);
            }
            else
            {
                info.Environment[name] = value;
            }
        }

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {string.Join(' ', info.ArgumentList)} did not finish in {Timeout.TotalMinutes} minutes.");
        }

        return new ToolResult(process.ExitCode, output.Result, error.Result);
    }
}

internal sealed record ToolResult(int ExitCode, string Output, string Error)
{
    /// <summary>Every Bicep diagnostic line (<c>file(line,col) : Level code: message</c>) printed.</summary>
    public IReadOnlyList<string> Diagnostics => (Output + "\n" + Error)
        .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Where(line => line.Contains(" : Error ", StringComparison.Ordinal)
            || line.Contains(" : Warning ", StringComparison.Ordinal)
            || line.Contains(" : Info ", StringComparison.Ordinal))
        .ToList();

    public override string ToString() => $"exit {ExitCode}{Environment.NewLine}{Output}{Environment.NewLine}{Error}";
}
