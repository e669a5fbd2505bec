using System.Net;
using System.Text.Json.Serialization;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Outreach.GraphSandbox.Control;

namespace Outreach.GraphSandbox.Hosting;

/// <summary>The Kestrel application: Graph under <c>/v1.0</c>, the control API under <c>/sandbox</c>.</summary>
internal static class SandboxWebApplication
{
    public static WebApplication Build(GraphSandboxOptions options, SandboxServices services)
    {
        // An empty builder: no appsettings or environment variables from the host process (the local
        // host's Kestrel settings, say) can reach the sandbox's server.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ApplicationName = typeof(GraphSandbox).Assembly.GetName().Name });
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, options.Port));
        builder.Services.AddRoutingCore();
        builder.Services.ConfigureHttpJsonOptions(json =>
        {
            json.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
            json.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        });

        var app = builder.Build();
        app.UseLoopbackCors();
        app.UseRouting();
        app.Map("/v1.0", graph => graph.Run(context => GraphHttpBridge.HandleAsync(context, services.Pipeline)));
        var control = app.MapGroup("/sandbox");
        MailboxControlEndpoints.Map(control, services);
        FaultControlEndpoints.Map(control, services);
        LogControlEndpoints.Map(control, services);
        DemoControlEndpoints.Map(control, services);
        return app;
    }
}
