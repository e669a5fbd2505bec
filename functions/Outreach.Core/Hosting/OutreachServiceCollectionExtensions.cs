using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Outreach;

public static class OutreachServiceCollectionExtensions
{
    public static IServiceCollection AddOutreachServices(this IServiceCollection services, IConfiguration configuration)
    {
        return services;
    }
}
