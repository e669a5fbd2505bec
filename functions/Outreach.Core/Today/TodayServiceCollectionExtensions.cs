using Microsoft.Extensions.DependencyInjection;

namespace Outreach.Today;

public static class TodayServiceCollectionExtensions
{
    /// <summary>Today's progress and the next person.</summary>
    public static IServiceCollection AddToday(this IServiceCollection services)
    {
        services.AddSingleton<TodayService>();
        return services;
    }
}
