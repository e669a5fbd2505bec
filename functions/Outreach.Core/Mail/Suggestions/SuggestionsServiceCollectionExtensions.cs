using Microsoft.Extensions.DependencyInjection;

namespace Outreach.Mail.Suggestions;

public static class SuggestionsServiceCollectionExtensions
{
    /// <summary>Addresses the mailbox suggests for people without one.</summary>
    public static IServiceCollection AddSuggestions(this IServiceCollection services)
    {
        services.AddSingleton<SuggestionService>();
        return services;
    }
}
