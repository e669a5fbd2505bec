using System.Text.Json;
using System.Text.Json.Serialization;
using Azure.Data.Tables;
using Azure.Storage.Queues;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Outreach.Auth;
using Outreach.Import;
using Outreach.Ledger;
using Outreach.Mail;
using Outreach.Mail.Graph;
using Outreach.Mail.Linker;
using Outreach.Mail.Mailbox;
using Outreach.Mail.Replies;
using Outreach.Mail.Subscriptions;
using Outreach.Mail.Suggestions;
using Outreach.Mail.Sync;
using Outreach.Mail.Webhooks;
using Outreach.People;
using Outreach.Plan;
using Outreach.Privacy;
using Outreach.Storage;
using Outreach.Today;

namespace Outreach;

public static class OutreachServiceCollectionExtensions
{
    /// <summary>
    /// Everything the API needs. The Function App and the local host both call this, so both run the
    /// same code with the same configuration keys.
    /// </summary>
    public static IServiceCollection AddOutreachServices(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AuthOptions>().Bind(configuration.GetSection(AuthOptions.Section));
        services.AddOptions<ImportOptions>().Bind(configuration.GetSection(ImportOptions.Section));
        services.AddHttpClient(nameof(AccessTokenValidator));
        services.AddSingleton<AccessTokenValidator>();
        services.AddSingleton(TimeProvider.System);

        services.AddSingleton<StorageRequestCounter>();
        services.AddSingleton(sp => new StorageConnection(configuration));
        services.AddSingleton(sp =>
        {
            var options = new TableClientOptions();
            options.AddPolicy(sp.GetRequiredService<StorageRequestCounter>(), Azure.Core.HttpPipelinePosition.PerRetry);
            return sp.GetRequiredService<StorageConnection>().CreateTableServiceClient(options);
        });
        services.AddSingleton(sp =>
        {
            var options = new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 };
            options.AddPolicy(sp.GetRequiredService<StorageRequestCounter>(), Azure.Core.HttpPipelinePosition.PerRetry);
            return sp.GetRequiredService<StorageConnection>().CreateQueueServiceClient(options);
        });
        services.AddSingleton<OutreachTable>();

        services.AddSingleton<LedgerReader>();
        services.AddSingleton<LedgerWriter>();
        services.AddSingleton<PersonUpdater>();
        services.AddSingleton<ImportService>();
        services.AddSingleton<PlanService>();
        services.AddSingleton<PeopleService>();
        services.AddSingleton<PersonActions>();
        services.AddSingleton<TodayService>();
        services.AddSingleton<PrivacyService>();
        services.AddSingleton<Http.ApiRunner>();
        services.AddGraphSessions(configuration);

        services.AddOptions<MailOptions>().Bind(configuration.GetSection(MailOptions.Section));
        services.AddSingleton<SubscriptionIndex>();
        services.AddSingleton<SubscriptionManager>();
        services.AddSingleton<MailQueues>();
        services.AddSingleton<MailboxStore>();
        services.AddSingleton<MailboxService>();
        services.AddSingleton<NotificationReceiver>();
        services.AddSingleton<GraphMessageReader>();
        services.AddSingleton<MailLinker>();
        services.AddSingleton<PersonMailUpdater>();
        services.AddSingleton<LinkerWork>();
        services.AddSingleton<DeltaSynchronizer>();
        services.AddSingleton<MailboxSync>();
        services.AddSingleton<RepliesService>();
        services.AddSingleton<SuggestionService>();

        services.ConfigureHttpJsonOptions(options => ConfigureJson(options.SerializerOptions));
        return services;
    }

    /// <summary>camelCase members and enums; unknown members in a request body are an error, not ignored.</summary>
    public static void ConfigureJson(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        options.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
    }
}
