using System.Collections.Concurrent;
using System.Diagnostics;

namespace Outreach.Local.Storage;

/// <summary>Starts a child process with its output captured (the last lines kept for error messages).</summary>
internal static class ChildProcess
{
    private const int KeptLines = 40;

    /// <summary>
    /// Starts <paramref name="fileName"/>. <paramref name="environment"/> adds variables (a null value removes
    /// one); <paramref name="onLine"/> sees every line of output as it comes, for callers that keep more.
    /// </summary>
    public static (Process Process, ConcurrentQueue<string> Output) Start(
        string fileName,
        IEnumerable<string> arguments,
        string workingDirectory,
        IReadOnlyDictionary<string, string?>? environment = null,
        Action<string>? onLine = null)
    {
        var info = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
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

        var output = new ConcurrentQueue<string>();
        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        DataReceivedEventHandler keep = (_, e) =>
        {
            if (e.Data is null)
            {
                return;
            }

            onLine?.Invoke(e.Data);
            output.Enqueue(e.Data);
            while (output.Count > KeptLines && output.TryDequeue(out string? _))
            {
            }
        };
        process.OutputDataReceived += keep;
        process.ErrorDataReceived += keep;
        try
        {
            process.Start();
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            process.Dispose();
            throw new InvalidOperationException($"Could not start '{fileName}'. Is it installed and on the PATH?", exception);
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return (process, output);
    }

    /// <summary>Runs to completion; throws with the process's last output when it fails or overruns.</summary>
    public static async Task RunAsync(string fileName, IEnumerable<string> arguments, string workingDirectory, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var (process, output) = Start(fileName, arguments, workingDirectory);
        using (process)
        {
            if (!await WaitForExitAsync(process, timeout, cancellationToken))
            {
                throw new TimeoutException($"'{fileName}' did not finish within {timeout}:{Environment.NewLine}{string.Join(Environment.NewLine, output)}");
            }

            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"'{fileName} {string.Join(' ', arguments)}' failed with exit code {process.ExitCode}:{Environment.NewLine}{string.Join(Environment.NewLine, output)}");
            }
        }
    }

    /// <summary>Waits until the process exits; kills it with its children and returns false when it overruns or is cancelled.</summary>
    public static async Task<bool> WaitForExitAsync(Process process, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        try
        {
            await process.WaitForExitAsync(limit.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            return false;
        }
    }

    public static string Executable(string name) => OperatingSystem.IsWindows() && name == "npm" ? "npm.cmd" : name;
}
