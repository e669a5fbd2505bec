using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Outreach.Local.Hosting;

namespace Outreach.Local.Storage;

/// <summary>
/// Azurite (Blob, Queue, Table) on 127.0.0.1, started from the pinned npm package, or an instance
/// that already listens on the requested ports. Disposing stops a started process and its children.
/// </summary>
public sealed class AzuriteProcess : IAsyncDisposable
{
    public const int DefaultBlobPort = 10000;
    public const int DefaultQueuePort = 10001;
    public const int DefaultTablePort = 10002;
    public const string AccountName = "devstoreaccount1";

    /// <summary>Azurite's well-known development key; public by design.</summary>
    public const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private const int StartAttempts = 3;

    private readonly Process? _process;

    private AzuriteProcess(Process? process, int blobPort, int queuePort, int tablePort)
    {
        _process = process;
        BlobPort = blobPort;
        QueuePort = queuePort;
        TablePort = tablePort;
        if (process is not null)
        {
            // Last resort when the owner never disposes (a crashed test run): do not leave Azurite behind.
            AppDomain.CurrentDomain.ProcessExit += KillOnExit;
        }
    }

    public int BlobPort { get; }

    public int QueuePort { get; }

    public int TablePort { get; }

    /// <summary>False when an already running Azurite was reused; disposing then leaves it alone.</summary>
    public bool IsOwned => _process is not null;

    public string ConnectionString => ConnectionStringFor(BlobPort, QueuePort, TablePort);

    public static string ConnectionStringFor(int blobPort, int queuePort, int tablePort)
        => string.Create(
            CultureInfo.InvariantCulture,
            $"DefaultEndpointsProtocol=http;AccountName={AccountName};AccountKey={AccountKey};BlobEndpoint=http://127.0.0.1:{blobPort}/{AccountName};QueueEndpoint=http://127.0.0.1:{queuePort}/{AccountName};TableEndpoint=http://127.0.0.1:{tablePort}/{AccountName};");

    /// <summary>Starts a new Azurite. Ports 0 are replaced by free ones (and retried if taken meanwhile).</summary>
    public static async Task<AzuriteProcess> StartAsync(AzuriteOptions options, CancellationToken cancellationToken = default)
    {
        if (!options.InMemory && string.IsNullOrEmpty(options.Location))
        {
            throw new ArgumentException("A persistent Azurite needs a Location.", nameof(options));
        }

        var installation = new AzuriteInstallation(options.RepositoryRoot ?? RepositoryRoot.Find());
        await installation.EnsureInstalledAsync(options.InstallTimeout, options.Log, cancellationToken);

        var choosesPorts = options.BlobPort == 0 || options.QueuePort == 0 || options.TablePort == 0;
        for (var attempt = 1; ; attempt++)
        {
            var free = TcpPorts.FindFree(3);
            int[] ports = [Port(options.BlobPort, free[0]), Port(options.QueuePort, free[1]), Port(options.TablePort, free[2])];
            try
            {
                return await StartProcessAsync(installation, options, ports, cancellationToken);
            }
            catch (AzuriteStartException) when (choosesPorts && attempt < StartAttempts)
            {
                // Most likely another process took a port between choosing and binding; choose again.
            }
        }
    }

    /// <summary>
    /// For a local run: uses the Azurite (or another emulator) already listening on the requested
    /// ports, else starts one. Fails if only some of the ports are taken, as that is something else.
    /// </summary>
    public static async Task<AzuriteProcess> StartOrReuseAsync(AzuriteOptions options, CancellationToken cancellationToken = default)
    {
        int[] ports = [options.BlobPort, options.QueuePort, options.TablePort];
        if (ports.Contains(0))
        {
            return await StartAsync(options, cancellationToken);
        }

        var listening = await Task.WhenAll(ports.Select(p => TcpPorts.IsListeningAsync(p, cancellationToken)));
        if (listening.All(l => l))
        {
            return new AzuriteProcess(null, ports[0], ports[1], ports[2]);
        }

        if (listening.Any(l => l))
        {
            throw new InvalidOperationException(
                $"Some of the storage ports {string.Join(", ", ports)} are in use, but not all: something other than Azurite holds them.");
        }

        return await StartAsync(options, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is null)
        {
            return;
        }

        AppDomain.CurrentDomain.ProcessExit -= KillOnExit;
        if (!HasExited(_process))
        {
            _process.Kill(entireProcessTree: true);
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            try
            {
                await _process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                // Killed but slow to go; nothing more to do from here.
            }
        }

        _process.Dispose();
    }

    private static async Task<AzuriteProcess> StartProcessAsync(AzuriteInstallation installation, AzuriteOptions options, int[] ports, CancellationToken cancellationToken)
    {
        List<string> arguments =
        [
            installation.EntryScript,
            "--disableTelemetry", "--skipApiVersionCheck", "--loose",
            "--blobHost", "127.0.0.1", "--blobPort", Text(ports[0]),
            "--queueHost", "127.0.0.1", "--queuePort", Text(ports[1]),
            "--tableHost", "127.0.0.1", "--tablePort", Text(ports[2]),
        ];
        if (options.InMemory)
        {
            arguments.Add("--inMemoryPersistence");
        }
        else
        {
            Directory.CreateDirectory(options.Location!);
            arguments.AddRange(["--location", options.Location!]);
        }

        var (process, output) = ChildProcess.Start(ChildProcess.Executable("node"), arguments, installation.Folder);
        var azurite = new AzuriteProcess(process, ports[0], ports[1], ports[2]);
        try
        {
            await WaitUntilListeningAsync(process, output, ports, options.StartTimeout, cancellationToken);
            return azurite;
        }
        catch
        {
            await azurite.DisposeAsync();
            throw;
        }
    }

    private static async Task WaitUntilListeningAsync(Process process, ConcurrentQueue<string> output, int[] ports, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var deadline = DateTimeOffset.UtcNow + timeout;
        while (true)
        {
            if (process.HasExited)
            {
                throw new AzuriteStartException($"Azurite exited with code {process.ExitCode}:{Environment.NewLine}{string.Join(Environment.NewLine, output)}");
            }

            var listening = await Task.WhenAll(ports.Select(p => TcpPorts.IsListeningAsync(p, cancellationToken)));

            // Azurite logs "successfully listening" per service; the TCP check alone could hit a stranger.
            if (listening.All(l => l) && output.Count(line => line.Contains("successfully listening", StringComparison.OrdinalIgnoreCase)) >= 3)
            {
                return;
            }

            if (DateTimeOffset.UtcNow > deadline)
            {
                throw new AzuriteStartException($"Azurite did not listen on ports {string.Join(", ", ports)} within {timeout}:{Environment.NewLine}{string.Join(Environment.NewLine, output)}");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100), cancellationToken);
        }
    }

    private static int Port(int requested, int free) => requested == 0 ? free : requested;

    private static string Text(int port) => port.ToString(CultureInfo.InvariantCulture);

    private static bool HasExited(Process process)
    {
        try
        {
            return process.HasExited;
        }
        catch (InvalidOperationException)
        {
            return true;
        }
    }

    private void KillOnExit(object? sender, EventArgs e)
    {
        if (_process is not null && !HasExited(_process))
        {
            _process.Kill(entireProcessTree: true);
        }
    }
}
