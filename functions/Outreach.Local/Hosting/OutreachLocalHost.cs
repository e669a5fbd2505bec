using Microsoft.AspNetCore.Connections;
using Outreach.Local.Catalog;
using Outreach.Local.Storage;
using Outreach.Local.Tokens;

namespace Outreach.Local.Hosting;

/// <summary>
/// A running local host: the Function App's HTTP functions on Kestrel (127.0.0.1), its queue and
/// timer functions in the background, and the development token issuer.
/// </summary>
public sealed class OutreachLocalHost : IAsyncDisposable
{
    private const int BindAttempts = 3;
    private const string KeyFileName = "dev-issuer-key.json";

    private readonly WebApplication _app;
    private readonly DevelopmentSigningKey _key;

    private OutreachLocalHost(WebApplication app, DevelopmentSigningKey key, FunctionCatalog catalog, DevelopmentTokenIssuer tokens, int port)
    {
        _app = app;
        _key = key;
        Catalog = catalog;
        Tokens = tokens;
        BaseAddress = new Uri($"http://127.0.0.1:{port}/");
    }

    /// <summary><c>http://127.0.0.1:{port}/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>Where the functions are: <c>{BaseAddress}{routePrefix}/</c>.</summary>
    public Uri ApiAddress => string.IsNullOrEmpty(Catalog.Host.RoutePrefix) ? BaseAddress : new Uri(BaseAddress, Catalog.Host.RoutePrefix + "/");

    public IServiceProvider Services => _app.Services;

    public IConfiguration Configuration => _app.Configuration;

    public DevelopmentTokenIssuer Tokens { get; }

    public FunctionCatalog Catalog { get; }

    public static string KeyFile(string dataDirectory) => Path.Combine(dataDirectory, KeyFileName);

    /// <exception cref="FunctionIndexingException">The Function App declares something the host cannot serve.</exception>
    public static async Task<OutreachLocalHost> StartAsync(LocalHostOptions options, CancellationToken cancellationToken = default)
    {
        var catalog = FunctionCatalog.Load(options.FunctionApp ?? FunctionAppFiles.Default);
        for (var attempt = 1; ; attempt++)
        {
            var port = options.Port == 0 ? TcpPorts.FindFree() : options.Port;
            var key = options.DataDirectory is null
                ? DevelopmentSigningKey.CreateInMemory()
                : DevelopmentSigningKey.LoadOrCreate(KeyFile(options.DataDirectory));
            WebApplication? app = null;
            try
            {
                app = LocalHostApplication.Build(options, catalog, port, key, out var tokens);
                await app.StartAsync(cancellationToken);
                return new OutreachLocalHost(app, key, catalog, tokens, port);
            }
            catch (IOException exception) when (exception.InnerException is AddressInUseException && options.Port == 0 && attempt < BindAttempts)
            {
                // The free port was taken between choosing and binding; choose again.
                await ReleaseAsync(app, key);
            }
            catch
            {
                await ReleaseAsync(app, key);
                throw;
            }
        }
    }

    /// <summary>A client for the host; with a user name it sends that user's bearer token.</summary>
    public HttpClient CreateClient(string? user = null)
    {
        var client = new HttpClient { BaseAddress = BaseAddress };
        if (user is not null)
        {
            client.DefaultRequestHeaders.Authorization = new("Bearer", Tokens.CreateToken(user));
        }

        return client;
    }

    /// <summary>Completes when the host is asked to stop (Ctrl+C, SIGTERM, or <see cref="DisposeAsync"/>).</summary>
    public Task WaitForShutdownAsync(CancellationToken cancellationToken = default) => _app.WaitForShutdownAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await ReleaseAsync(_app, _key);
    }

    private static async Task ReleaseAsync(WebApplication? app, DevelopmentSigningKey key)
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }

        key.Dispose();
    }
}
