using Microsoft.Extensions.DependencyInjection;

namespace Outreach.Privacy;

public static class PrivacyServiceCollectionExtensions
{
    /// <summary>Export and erasure of a user's data.</summary>
    public static IServiceCollection AddPrivacy(this IServiceCollection services)
    {
        services.AddSingleton<PrivacyService>();
        services.AddSingleton<ErasureGate>();
        services.AddSingleton<EraseQueue>();
        return services;
    }
}
