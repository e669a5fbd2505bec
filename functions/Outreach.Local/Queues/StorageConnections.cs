using Outreach.Local.Catalog;

namespace Outreach.Local.Queues;

/// <summary>Finds a trigger's storage connection string the way the Functions host names it.</summary>
internal static class StorageConnections
{
    public const string DefaultSetting = "AzureWebJobsStorage";

    public static string Resolve(IConfiguration configuration, string? connection, string functionName)
    {
        var name = string.IsNullOrWhiteSpace(connection) ? DefaultSetting : connection;
        var value = configuration[name] ?? configuration["AzureWebJobs" + name] ?? configuration.GetConnectionString(name);
        return string.IsNullOrWhiteSpace(value)
            ? throw FunctionIndexingException.For(functionName, $"storage connection setting '{name}' is not configured.")
            : value;
    }
}
