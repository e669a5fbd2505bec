using System.Net;
using Microsoft.Extensions.Configuration.Memory;
using Outreach.Local.Catalog;
using Outreach.Local.Http;
using Outreach.Local.Tokens;

namespace Outreach.Local.Hosting;

/// <summary>Composes the ASP.NET Core application that stands in for the Functions host.</summary>
internal static class LocalHostApplication
{
    /// <summary>
    /// The builder with the host's configuration: local defaults (lowest), then appsettings,
    /// environment variables and command line as usual, then the caller's overrides (highest).
    /// </summary>
    public static WebApplicationBuilder CreateBuilder(LocalHostOptions options, Uri serverAddress, IReadOnlyDictionary<string, string?>? moreDefaults = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = [.. options.Args],
            ApplicationName = typeof(LocalHostApplication).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });

        var defaults = LocalHostSettings.Defaults(options.StorageConnectionString, serverAddress);
        foreach (var (key, value) in moreDefaults ?? new Dictionary<string, string?>())
        {
            defaults[key] = value;
        }

        builder.Configuration.Sources.Insert(0, new MemoryConfigurationSource { InitialData = defaults });
        builder.Configuration.AddInMemoryCollection(options.ConfigurationOverrides);
        return builder;
    }

    public static WebApplication Build(LocalHostOptions options, FunctionCatalog catalog, LocalHostPorts ports, DevelopmentIdentity identity, out DevelopmentTokenIssuer tokens, out DevelopmentGraphIssuer graphTokens)
    {
        var serverAddress = new Uri($"http://127.0.0.1:{ports.Http}/");
        var httpsAddress = new Uri($"https://127.0.0.1:{ports.Https}/");
        var builder = CreateBuilder(options, serverAddress, LocalHostSettings.GraphDefaults(httpsAddress, identity.Graph));
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, ports.Http);

            // The development issuer's token endpoint for MSAL, which requires HTTPS.
            kestrel.Listen(IPAddress.Loopback, ports.Https, listen => listen.UseHttps(identity.Graph.TlsCertificate));

            // Azure's Functions host accepts request bodies up to 100 MB, Kestrel's default is 30 MB.
            kestrel.Limits.MaxRequestBodySize = 100L * 1024 * 1024;
        });

        var configuration = builder.Configuration;
        var enabled = catalog.Functions.Where(f => !FunctionSwitches.IsDisabled(configuration, f.Name)).ToList();
        var httpHandlers = enabled.Where(f => f.Kind == TriggerKind.Http).Select(f => new HttpFunctionHandler(f)).ToList();

        tokens = new DevelopmentTokenIssuer(serverAddress, configuration[LocalHostSettings.Audience] ?? DevelopmentTokenIssuer.DefaultAudience, identity.SigningKey);
        graphTokens = new DevelopmentGraphIssuer(httpsAddress, tokens, identity.SigningKey, identity.Graph.ClientCertificate, identity.RefreshTokens)
        {
            AccessTokenLifetime = configuration.GetValue<TimeSpan?>(LocalHostSettings.GraphTokenLifetime) ?? DevelopmentGraphIssuer.DefaultAccessTokenLifetime,
        };
        builder.Services.AddSingleton(tokens);
        builder.Services.AddSingleton(graphTokens);
        builder.Services.AddSingleton(catalog);
        builder.Services.AddHostProblemDetails();

        // Lets IActionResult (ObjectResult, ...) execute as it does under the worker's ASP.NET Core integration.
        builder.Services.AddMvcCore();

        // The same registration the Function App's Program.cs makes.
        builder.Services.AddOutreachServices(configuration);
        options.ConfigureServices?.Invoke(builder.Services);
        var queues = options.QueueProcessingVisibility is { } visibility ? catalog.Host.Queues with { ProcessingVisibility = visibility } : catalog.Host.Queues;
        builder.Services.AddFunctionTriggers(enabled, queues, configuration);
        // Token metadata fetches are routine; their per-request HttpClient logs would drown the invocation log.
        builder.Logging.AddFilter("System.Net.Http.HttpClient", LogLevel.Warning);
        options.ConfigureLogging?.Invoke(builder.Logging);

        var app = builder.Build();
        // Outermost, so the log sees the final status, after the exception middleware; a copy because an
        // out parameter cannot be captured.
        var graphIssuer = graphTokens;
        app.Use((context, next) => graphIssuer.Log.RecordAsync(context, ports.Https, next));
        app.UseMiddleware<UnhandledExceptionMiddleware>();
        app.UseStatusCodePages();
        app.UsePaneFiles(options.PaneDirectory);
        app.UseRouting();
        app.MapDevelopmentIssuer(tokens);
        app.MapDevelopmentToken(tokens);
        app.MapDevelopmentGraphIssuer(graphTokens);
        HttpFunctionEndpoints.MapFunctions(app, catalog, httpHandlers);
        return app;
    }
}
