using System.Collections.Concurrent;
using System.Diagnostics;
using Outreach.Local.Storage;

namespace Outreach.IntegrationTests.PaneE2E;

/// <summary>
/// The local run (<c>Outreach.Local run</c>: API, pane, Graph sandbox with the demo mailbox) as a child
/// process on the given ports, against storage the caller owns. A separate process, because the browser
/// suite needs the API really gone and back, and the same ports and data folder after a restart.
/// </summary>
public sealed class LocalRunProcess(LocalRunProcess.Settings settings) : IAsyncDisposable
{
    private const int KeptLines = 200;
    private readonly ConcurrentQueue<string> _output = new();
    private readonly SemaphoreSlim _gate = new(1, 1);
    private Process? _process;

    public sealed record Settings(int Port, int GraphPort, int HttpsPort, string DataDirectory, string StorageConnectionString, double ReplyDelaySeconds);

    public Uri BaseUrl { get; } = new($"http://127.0.0.1:{settings.Port}");

    public Uri SandboxUrl { get; } = new($"http://127.0.0.1:{settings.GraphPort}");

    /// <summary>The last lines the host printed (all its starts), for a failure message.</summary>
    public string Output => string.Join('\n', _output);

    /// <summary>Starts the host and waits until <c>/api/health</c> and <c>/pane/</c> answer.</summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_process is { HasExited: false })
            {
                return;
            }

            _process?.Dispose();
            _process = Start();
            await WaitUntilReadyAsync(_process, cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Kills the host (the API, the pane's files and the sandbox go with it); storage stays.</summary>
    public async Task StopAsync()
    {
        await _gate.WaitAsync();
        try
        {
            if (_process is { HasExited: false })
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _process?.Dispose();
        _gate.Dispose();
    }

    private Process Start()
    {
        // The host next to the tests is the one this build made (the project reference copies it with its runtimeconfig).
        string[] arguments =
        [
            Path.Combine(AppContext.BaseDirectory, "Outreach.Local.dll"), "run",
            "--port", $"{settings.Port}",
            "--graph-port", $"{settings.GraphPort}",
            "--https-port", $"{settings.HttpsPort}",
            "--data-dir", settings.DataDirectory,
            "--storage", settings.StorageConnectionString,
            "--reply-delay", settings.ReplyDelaySeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--Logging:LogLevel:Default=Warning",
        ];

        // Never a storage setting from the developer's environment.
        var environment = new Dictionary<string, string?> { ["AzureWebJobsStorage"] = null, ["DOTNET_NOLOGO"] = "1" };
        return ChildProcess.Start("dotnet", arguments, AppContext.BaseDirectory, environment, Keep).Process;
    }

    private void Keep(string line)
    {
        _output.Enqueue(line);
        while (_output.Count > KeptLines && _output.TryDequeue(out _))
        {
        }
    }

    private async Task WaitUntilReadyAsync(Process process, CancellationToken cancellationToken)
    {
        using var client = new HttpClient { BaseAddress = BaseUrl, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(3);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The local run exited with code {process.ExitCode}:\n{Output}");
            }

            try
            {
                using var health = await client.GetAsync(new Uri("/api/health", UriKind.Relative), cancellationToken);
                using var pane = await client.GetAsync(new Uri("/pane/", UriKind.Relative), cancellationToken);
                if (health.IsSuccessStatusCode && pane.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
            }

            await Task.Delay(TimeSpan.FromMilliseconds(250), cancellationToken);
        }

        throw new TimeoutException($"The local run did not answer on {BaseUrl} within 3 minutes:\n{Output}");
    }
}
