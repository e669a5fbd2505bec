using Microsoft.Extensions.DependencyInjection;

namespace Outreach.LinkedIn;

public static class LinkedInServiceCollectionExtensions
{
    /// <summary>LinkedIn messages from the archive, and who counts as written from them and the mail links.</summary>
    public static IServiceCollection AddLinkedIn(this IServiceCollection services)
    {
        services.AddSingleton<WrittenRefresh>();
        services.AddSingleton<LinkedInMessages>();
        return services;
    }
}
