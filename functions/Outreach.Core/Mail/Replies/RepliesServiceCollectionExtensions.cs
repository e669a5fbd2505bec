using Microsoft.Extensions.DependencyInjection;

namespace Outreach.Mail.Replies;

public static class RepliesServiceCollectionExtensions
{
    /// <summary>Replies waiting for the user's answer.</summary>
    public static IServiceCollection AddReplies(this IServiceCollection services)
    {
        services.AddSingleton<RepliesService>();
        return services;
    }
}
