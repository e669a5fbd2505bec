using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Outreach.Mail.Graph;

public static class GraphSessionServiceCollectionExtensions
{
    /// <summary>
    /// Graph sessions per user and Graph clients for them. Nothing is checked at registration: an app
    /// without the <c>Graph</c> section runs until something asks for a session, which then names the
    /// missing setting.
    /// </summary>
    public static IServiceCollection AddGraphSessions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<GraphSessionOptions>().Bind(configuration.GetSection(GraphSessionOptions.Section));
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<GraphSessionOptions>>().Value;
            return new TokenCacheCipher(options.TokenCacheKey, options.PreviousTokenCacheKeys);
        });
        services.AddSingleton<GraphTokenCacheStore>();
        services.AddSingleton<GraphTokenCache>();
        services.AddSingleton<GraphConfidentialClient>();
        services.AddSingleton<GraphSessions>();
        services.AddSingleton<UserGraphClientFactory>();
        return services;
    }
}
