using Azure.Core;
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

    private readonly string? _connectionString;
    private readonly Uri? _tableServiceUri;
    private readonly Uri? _queueServiceUri;
    private readonly TokenCredential? _credential;

    public StorageConnection(IConfiguration configuration)
    {
        _connectionString = configuration[SettingName];
        if (!string.IsNullOrWhiteSpace(_connectionString))
        {
            return;
        }

        var section = configuration.GetSection(SettingName);
        var account = section["accountName"];
        _tableServiceUri = Read(section, "tableServiceUri") ?? (account is null ? null : new Uri($"https://{account}.table.core.windows.net"));
        _queueServiceUri = Read(section, "queueServiceUri") ?? (account is null ? null : new Uri($"https://{account}.queue.core.windows.net"));
        if (_tableServiceUri is null || _queueServiceUri is null)
        {
            throw new InvalidOperationException(
                $"Storage is not configured: set {SettingName} (a connection string) or {SettingName}__accountName.");
        }

        var clientId = section["clientId"];
        _credential = string.IsNullOrEmpty(clientId)
            ? new DefaultAzureCredential()
            : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(clientId));
    }

    public TableServiceClient CreateTableServiceClient(TableClientOptions options)
        => _connectionString is not null
            ? new TableServiceClient(_connectionString, options)
            : new TableServiceClient(_tableServiceUri!, _credential!, options);

    public QueueServiceClient CreateQueueServiceClient(QueueClientOptions options)
        => _connectionString is not null
            ? new QueueServiceClient(_connectionString, options)
            : new QueueServiceClient(_queueServiceUri!, _credential!, options);

    private static Uri? Read(IConfiguration section, string key)
        => section[key] is { Length: > 0 } value ? new Uri(value) : null;
}
