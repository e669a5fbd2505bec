using System.Text.Json;
using Outreach.Local.Catalog;
using Outreach.TestFixtures;

namespace Outreach.IntegrationTests.LocalHost;

/// <summary>
/// Writes a small functions.metadata (and host.json) whose entry points are test classes in this
/// assembly, so the host's dispatcher can be run against real Azurite without fake functions in the app.
/// </summary>
internal static class TestFunctionApp
{
    public static FunctionAppFiles Write(object hostJson, params object[] functions)
    {
        var directory = TestDirectories.Create("functionapp");
        File.WriteAllText(Path.Combine(directory, "functions.metadata"), JsonSerializer.Serialize(functions));
        File.WriteAllText(Path.Combine(directory, "host.json"), JsonSerializer.Serialize(hostJson));
        return FunctionAppFiles.FromDirectory(directory) with { Assemblies = [typeof(TestFunctionApp).Assembly] };
    }

    public static object DefaultHostJson => new { version = "2.0" };

    public static string EntryPoint<T>(string method) => $"{typeof(T).FullName}.{method}";

    public static object Http<T>(string method, string route, params string[] methods)
        => Function<T>(method, new { name = "request", direction = "In", type = "httpTrigger", authLevel = "Anonymous", methods, route }, new { name = "$return", direction = "Out", type = "http" });

    public static object Queue<T>(string method, string queueName, string parameter = "message")
        => Function<T>(method, new { name = parameter, direction = "In", type = "queueTrigger", queueName });

    public static object Timer<T>(string method, string schedule, bool runOnStartup = false, string parameter = "timer")
        => Function<T>(method, new { name = parameter, direction = "In", type = "timerTrigger", schedule, runOnStartup });

    private static object Function<T>(string method, params object[] bindings) => new
    {
        name = method,
        scriptFile = typeof(T).Assembly.GetName().Name + ".dll",
        entryPoint = EntryPoint<T>(method),
        language = "dotnet-isolated",
        bindings,
    };
}
