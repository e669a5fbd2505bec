using Outreach.Local.Hosting;
using Outreach.GraphSandbox;
using Outreach.Local.Storage;

namespace Outreach.Local.Commands;

/// <summary>
/// The local run: Azurite with its data in <c>.outreach/azurite</c> (or the one already listening on
/// 10000-10002), then the API on <c>http://127.0.0.1:7071</c> and the development issuer's token
/// endpoint on <c>https://127.0.0.1:7443</c> until Ctrl+C. <c>--storage</c> (a connection string) uses that
/// storage instead of Azurite, so a harness can stop and restart the host without losing its data;
/// <c>--reply-delay</c> (seconds) makes the demo mailbox's people answer sooner, for tests.
/// </summary>
internal static class RunCommand
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output)
    {
        var arguments = CommandLineArguments.Parse(args, "port", "https-port", "graph-port", "data-dir", "storage", "reply-delay");
        var root = RepositoryRoot.Find();
        var dataDirectory = arguments.Text("data-dir") ?? RepositoryRoot.DataDirectory(root);

        var paneDirectory = PaneFiles.DefaultDirectory(root);
        await PaneBuild.EnsureBuiltAsync(root, output, CancellationToken.None);

        var storage = arguments.Text("storage");
        output.WriteLine(storage is null ? "Starting storage (Azurite) ..." : "Using the storage given with --storage ...");
        await using var azurite = storage is null
            ? await AzuriteProcess.StartOrReuseAsync(
                AzuriteOptions.Defaults(Path.Combine(dataDirectory, "azurite")) with { RepositoryRoot = root, Log = output.WriteLine })
            : null;

        output.WriteLine("Starting the Graph sandbox and its demo mailbox ...");
        await using var sandbox = await GraphSandbox.GraphSandbox.StartAsync(new GraphSandboxOptions { Port = arguments.Int("graph-port", DemoMode.DefaultGraphPort) });
        using var demo = DemoMode.Seed(sandbox, dataDirectory, DemoMode.Options(arguments.Double("reply-delay", 0)));

        await using var host = await OutreachLocalHost.StartAsync(new LocalHostOptions
        {
            Port = arguments.Int("port", LocalHostOptions.DefaultPort),
            HttpsPort = arguments.Int("https-port", LocalHostOptions.DefaultHttpsPort),
            StorageConnectionString = azurite?.ConnectionString ?? storage,
            DataDirectory = dataDirectory,
            PaneDirectory = paneDirectory,
            ConfigurationOverrides = new Dictionary<string, string?> { [LocalHostSettings.GraphBaseUrl] = sandbox.BaseUrl },
            Args = arguments.Rest,
        });

        RunSummary.Write(output, host, azurite, dataDirectory, paneDirectory);
        DemoMode.Describe(output, sandbox, demo, dataDirectory);
        await host.WaitForShutdownAsync();
        output.WriteLine(azurite switch
        {
            null => "Stopping ...",
            { IsOwned: true } => "Stopping (and stopping Azurite) ...",
            _ => "Stopping (Azurite keeps running: it was not started here) ...",
        });
        return 0;
    }
}
