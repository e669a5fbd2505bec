using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Outreach.Mail.Graph;
using Outreach.Mail.Linker;
using Outreach.Mail.Mailbox;
using Outreach.Mail.Subscriptions;
using Outreach.Mail.Sync;
using Outreach.Mail.Webhooks;

namespace Outreach.Mail;

public static class MailServiceCollectionExtensions
{
    /// <summary>The connected mailbox: Graph sessions, subscriptions and webhooks, sync, and the linker.</summary>
    public static IServiceCollection AddMail(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddGraphSessions(configuration);
        services.AddOptions<MailOptions>().Bind(configuration.GetSection(MailOptions.Section));
        services.AddSingleton<SubscriptionCache>();
        services.AddSingleton<SubscriptionIndex>();
        services.AddSingleton<SubscriptionManager>();
        services.AddSingleton<MailQueues>();
        services.AddSingleton<MailboxStore>();
        services.AddSingleton<MailboxService>();
        services.AddSingleton<NotificationReceiver>();
        services.AddSingleton<NotificationIntake>();
        services.AddSingleton<NotificationOutbox>();
        services.AddSingleton<GraphMessageReader>();
        services.AddSingleton<MailLinker>();
        services.AddSingleton<PersonMailUpdater>();
        services.AddSingleton<LinkerActivity>();
        services.AddSingleton<LinkerWork>();
        services.AddSingleton<DeltaSynchronizer>();
        services.AddSingleton<MailboxSync>();
        return services;
    }
}
