using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Outreach.Http;
using Outreach.Import;
using Outreach.Ledger;
using Outreach.LinkedIn;
using Outreach.Mail;
using Outreach.Mail.Replies;
using Outreach.Mail.Suggestions;
using Outreach.People;
using Outreach.Plan;
using Outreach.Privacy;
using Outreach.Review;
using Outreach.Today;

namespace Outreach;

public static class OutreachServiceCollectionExtensions
{
    /// <summary>
    /// Everything the API needs, one capability at a time. The Function App and the local host both call
    /// this, so both run the same code with the same configuration keys.
    /// </summary>
    public static IServiceCollection AddOutreachServices(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(TimeProvider.System);
        return services
            .AddStorage(configuration)
            .AddAuth(configuration)
            .AddHttpApi()
            .AddLedger()
            .AddPeople()
            .AddImport(configuration)
            .AddPlan()
            .AddLinkedIn()
            .AddToday()
            .AddPrivacy()
            .AddMail(configuration)
            .AddReplies()
            .AddSuggestions()
            .AddReview();
    }
}
