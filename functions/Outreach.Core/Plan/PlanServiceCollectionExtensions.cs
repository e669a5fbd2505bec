using Microsoft.Extensions.DependencyInjection;

namespace Outreach.Plan;

public static class PlanServiceCollectionExtensions
{
    /// <summary>The user's plan: target, deadline, order.</summary>
    public static IServiceCollection AddPlan(this IServiceCollection services)
    {
        services.AddSingleton<PlanService>();
        services.AddSingleton<StartRefreshMarker>();
        return services;
    }
}
