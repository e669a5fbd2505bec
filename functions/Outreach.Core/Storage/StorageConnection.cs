using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Queues;
using Microsoft.Extensions.Configuration;

namespace Outreach.Storage;

/// <summary>
/// Reads the storage account the same way the Functions host does for <c>AzureWebJobsStorage</c>:
/// a connection string locally (Azurite), identity-based settings in Azure
/// (<c>AzureWebJobsStorage__accountName</c> or <c>__tableServiceUri</c>/<c>__queueServiceUri</c>,
/// <c>__clientId</c> for a user-assigned managed identity). No key is needed in Azure.
/// </summary>
public sealed class StorageConnection
{
    public const string SettingName = "AzureWebJobsStorage";

    private readonly string? connectionString;
    private readonly Uri? tableServiceUri;
    private readonly Uri? queueServiceUri;
    private readonly TokenCredential? credential;

    public StorageConnection(IConfiguration configuration)
    {
        connectionString = configuration[SettingName];
        if (!string.IsNullOrWhiteSpace(connectionString))
        {
            return;
        }

        var section = configuration.GetSection(SettingName);
        var account = section["accountName"];
        tableServiceUri = Read(section, "tableServiceUri") ?? (account is null ? null : new Uri($"https://{account}.table.core.windows.net"));
        queueServiceUri = Read(section, "queueServiceUri") ?? (account is null ? null : new Uri($"https://{account}.queue.core.windows.net"));
        if (tableServiceUri is null || queueServiceUri is null)
        {
            throw new InvalidOperationException(
                $"Storage is not configured: set {SettingName} (a connection string) or {SettingName}__accountName.");
        }

        var clientId = section["clientId"];
        credential = string.IsNullOrEmpty(clientId)
            ? new DefaultAzureCredential()
            : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(clientId));
    }

    public TableServiceClient CreateTableServiceClient(TableClientOptions options)
        => connectionString is not null
            ? new TableServiceClient(connectionString, options)
            : new TableServiceClient(tableServiceUri!, credential!, options);

    public QueueServiceClient CreateQueueServiceClient(QueueClientOptions options)
        => connectionString is not null
            ? new QueueServiceClient(connectionString, options)
            : new QueueServiceClient(queueServiceUri!, credential!, options);

    private static Uri? Read(IConfiguration section, string key)
        => section[key] is { Length: > 0 } value ? new Uri(value) : null;
}
