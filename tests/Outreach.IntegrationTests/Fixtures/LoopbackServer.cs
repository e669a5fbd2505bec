using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Outreach.IntegrationTests.Fixtures;

/// <summary>
/// A small ASP.NET Core app on a free loopback port, for the stand-ins (webhooks, a fake Graph) that code
/// under test calls over real HTTP. Free ports because other test processes run on the same machine.
/// </summary>
internal static class LoopbackServer
{
    /// <summary>Builds the app, lets <paramref name="configure"/> add its endpoints, starts it and returns its address.</summary>
    public static async Task<(WebApplication App, Uri Address)> StartAsync(Action<WebApplication> configure)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        try
        {
            configure(app);
            await app.StartAsync();
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            return (app, new Uri(address));
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }
}
