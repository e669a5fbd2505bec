using Microsoft.AspNetCore.Connections;
using Outreach.Local.Catalog;
using Outreach.Local.Tokens;

namespace Outreach.Local.Hosting;

/// <summary>
/// A running local host: the Function App's HTTP functions on Kestrel (127.0.0.1), its queue and
/// timer functions in the background, and the development token issuer (its token endpoint for Graph
/// sessions on a second, HTTPS port).
/// </summary>
public sealed class OutreachLocalHost : IAsyncDisposable
{
    private const int BindAttempts = 3;

    private readonly WebApplication _app;
    private readonly DevelopmentIdentity _identity;

    private OutreachLocalHost(WebApplication app, DevelopmentIdentity identity, FunctionCatalog catalog, DevelopmentTokenIssuer tokens, DevelopmentGraphIssuer graphTokens, int port)
    {
        _app = app;
        _identity = identity;
        Catalog = catalog;
        Tokens = tokens;
        GraphTokens = graphTokens;
        BaseAddress = new Uri($"http://127.0.0.1:{port}/");
    }

    /// <summary><c>http://127.0.0.1:{port}/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>Where the functions are: <c>{BaseAddress}{routePrefix}/</c>.</summary>
    public Uri ApiAddress => string.IsNullOrEmpty(Catalog.Host.RoutePrefix) ? BaseAddress : new Uri(BaseAddress, Catalog.Host.RoutePrefix + "/");

    public IServiceProvider Services => _app.Services;

    public IConfiguration Configuration => _app.Configuration;

    public DevelopmentTokenIssuer Tokens { get; }

    /// <summary>The HTTPS token endpoint the app's Graph sessions use, with its test controls.</summary>
    public DevelopmentGraphIssuer GraphTokens { get; }

    public FunctionCatalog Catalog { get; }

    /// <exception cref="FunctionIndexingException">The Function App declares something the host cannot serve.</exception>
    public static async Task<OutreachLocalHost> StartAsync(LocalHostOptions options, CancellationToken cancellationToken = default)
    {
        var catalog = FunctionCatalog.Load(options.FunctionApp ?? FunctionAppFiles.Default);
        for (var attempt = 1; ; attempt++)
        {
            var ports = LocalHostPorts.Choose(options);
            var identity = DevelopmentIdentity.Create(options.DataDirectory);
            WebApplication? app = null;
            try
            {
                app = LocalHostApplication.Build(options, catalog, ports, identity, out var tokens, out var graphTokens);
                await app.StartAsync(cancellationToken);
                return new OutreachLocalHost(app, identity, catalog, tokens, graphTokens, ports.Http);
            }
            catch (IOException exception) when (exception.InnerException is AddressInUseException && LocalHostPorts.AnyChosenFreely(options) && attempt < BindAttempts)
            {
                // A free port was taken between choosing and binding; choose again.
                await ReleaseAsync(app, identity);
            }
            catch
            {
                await ReleaseAsync(app, identity);
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
        await ReleaseAsync(_app, _identity);
    }

    private static async Task ReleaseAsync(WebApplication? app, DevelopmentIdentity identity)
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }

        identity.Dispose();
    }
}
