using Azure.Storage.Queues;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Outreach.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>The table and queue clients; every request they send is counted.</summary>
    public static IServiceCollection AddStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<StorageRequestCounter>();
        services.AddSingleton<MissingTables>();
        services.AddSingleton(sp => new StorageConnection(configuration));
        services.AddSingleton(sp =>
        {
            var options = new TableClientOptions();
            StorageTimeouts.Apply(options);
            options.AddPolicy(sp.GetRequiredService<StorageRequestCounter>(), Azure.Core.HttpPipelinePosition.PerRetry);
            options.AddPolicy(sp.GetRequiredService<MissingTables>(), Azure.Core.HttpPipelinePosition.PerRetry);
            return sp.GetRequiredService<StorageConnection>().CreateTableServiceClient(options);
        });
        services.AddSingleton(sp =>
        {
            var options = new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 };
            StorageTimeouts.Apply(options);
            options.AddPolicy(sp.GetRequiredService<StorageRequestCounter>(), Azure.Core.HttpPipelinePosition.PerRetry);
            return sp.GetRequiredService<StorageConnection>().CreateQueueServiceClient(options);
        });
        services.AddSingleton<OutreachTable>();
        services.AddSingleton<StorageProbe>();
        return services;
    }
}
