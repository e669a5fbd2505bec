using System.Reflection;
using Microsoft.Azure.Functions.Worker;
using Outreach.Functions.Health;
using Outreach.Local.Catalog;

namespace Outreach.UnitTests.LocalHost;

/// <summary>
/// The functions.metadata the Worker SDK wrote (what Azure's host reads, copied next to the local
/// host by the build) against the [Function] methods of the Function App.
/// </summary>
public sealed class FunctionMetadataContractTests
{
    private static readonly FunctionAppFiles RealApp = FunctionAppFiles.Default;

    [Fact]
    public void BuildCopiesTheFunctionAppsMetadataAndHostJsonNextToTheHost()
    {
        Assert.True(File.Exists(RealApp.MetadataPath), RealApp.MetadataPath);
        Assert.True(File.Exists(RealApp.HostJsonPath), RealApp.HostJsonPath);
    }

    [Fact]
    public void MetadataListsEveryFunctionWithRouteMethodsAndAuthLevel()
    {
        var metadata = FunctionCatalog.ReadMetadata(RealApp.MetadataPath).ToDictionary(e => e.Name);
        var declared = DeclaredFunctions();

        Assert.Equal(declared.Keys.Order(), metadata.Keys.Order());
        foreach (var (name, method) in declared)
        {
            var http = method.GetParameters().Select(p => p.GetCustomAttribute<HttpTriggerAttribute>()).SingleOrDefault(a => a is not null);
            if (http is null)
            {
                continue;
            }

            var trigger = metadata[name].Bindings.Single(b => b.Type == "httpTrigger");
            Assert.Equal(http.Route, trigger.Route);
            Assert.Equal(http.AuthLevel.ToString(), trigger.AuthLevel);
            Assert.Equal(
                (http.Methods ?? []).Select(m => m.ToUpperInvariant()).Order(),
                (trigger.Methods ?? []).Select(m => m.ToUpperInvariant()).Order());
        }
    }

    [Fact]
    public void EveryEntryPointResolvesToItsFunctionMethod()
    {
        var catalog = FunctionCatalog.Load(RealApp);

        Assert.NotEmpty(catalog.Functions);
        Assert.All(catalog.Functions, f => Assert.Equal(f.Name, f.Method.GetCustomAttribute<FunctionAttribute>()?.Name));
    }

    [Fact]
    public void HostJsonDefaultsMatchTheFunctionsHost()
    {
        var settings = HostJsonSettings.Parse("""{ "version": "2.0" }""");

        Assert.Equal("api", settings.RoutePrefix);
        Assert.Equal(5, settings.Queues.MaxDequeueCount);
        Assert.Equal("base64", settings.Queues.MessageEncoding);
        Assert.Equal(TimeSpan.FromMinutes(1), settings.Queues.MaxPollingInterval);
    }

    [Fact]
    public void HostJsonRoutePrefixAndQueueSettingsAreRead()
    {
        var settings = HostJsonSettings.Parse("""
            {
              // comments are allowed in host.json
              "extensions": {
                "http": { "routePrefix": "" },
                "queues": { "maxDequeueCount": 2, "visibilityTimeout": "00:00:03", "maxPollingInterval": "00:00:02", "messageEncoding": "none" }
              }
            }
            """);

        Assert.Equal(string.Empty, settings.RoutePrefix);
        Assert.Equal(2, settings.Queues.MaxDequeueCount);
        Assert.Equal(TimeSpan.FromSeconds(3), settings.Queues.VisibilityTimeout);
        Assert.Equal("none", settings.Queues.MessageEncoding);
        Assert.Equal(TimeSpan.FromSeconds(2), settings.Queues.MaxPollingInterval);
    }

    [Fact]
    public void TheAppPollsItsQueuesAtLeastEveryTwoSecondsSoMailIsLinkedInSeconds()
    {
        // The host's default (one minute) would leave a sent mail unlinked for up to a minute after a quiet spell.
        var settings = HostJsonSettings.Load(RealApp.HostJsonPath);

        Assert.True(settings.Queues.MaxPollingInterval <= TimeSpan.FromSeconds(2), $"maxPollingInterval is {settings.Queues.MaxPollingInterval}.");
    }

    private static Dictionary<string, MethodInfo> DeclaredFunctions()
        => typeof(HealthFunctions).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Select(m => (Method: m, Attribute: m.GetCustomAttribute<FunctionAttribute>()))
            .Where(x => x.Attribute is not null)
            .ToDictionary(x => x.Attribute!.Name, x => x.Method);
}
