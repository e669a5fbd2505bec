using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Outreach.Auth;

public static class AuthServiceCollectionExtensions
{
    /// <summary>Validation of the callers' access tokens.</summary>
    public static IServiceCollection AddAuth(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AuthOptions>().Bind(configuration.GetSection(AuthOptions.Section));
        services.AddHttpClient(nameof(AccessTokenValidator));
        services.AddSingleton<AccessTokenValidator>();
        return services;
    }
}
