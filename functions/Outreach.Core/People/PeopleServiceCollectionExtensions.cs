using Microsoft.Extensions.DependencyInjection;

namespace Outreach.People;

public static class PeopleServiceCollectionExtensions
{
    /// <summary>Reading and editing people, and the changes of where they stand (skip, snooze, written, reopen).</summary>
    public static IServiceCollection AddPeople(this IServiceCollection services)
    {
        services.AddSingleton<PeopleService>();
        services.AddSingleton<PersonActions>();
        return services;
    }
}
