using Microsoft.Extensions.DependencyInjection;

namespace Outreach.Ledger;

public static class LedgerServiceCollectionExtensions
{
    /// <summary>The person rows with everything derived from them: queue, address index, summary counters.</summary>
    public static IServiceCollection AddLedger(this IServiceCollection services)
    {
        services.AddSingleton<LedgerReader>();
        services.AddSingleton<LedgerWriter>();
        services.AddSingleton<PersonUpdater>();
        services.AddSingleton<QueueRebuilder>();
        return services;
    }
}
