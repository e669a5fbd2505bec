using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.DependencyInjection;

namespace Outreach.Http;

public static class HttpServiceCollectionExtensions
{
    /// <summary>What every HTTP function shares: the runner that authenticates and maps errors, and the JSON rules.</summary>
    public static IServiceCollection AddHttpApi(this IServiceCollection services)
    {
        services.AddSingleton<ApiRunner>();
        services.ConfigureHttpJsonOptions(options => ConfigureJson(options.SerializerOptions));
        return services;
    }

    /// <summary>camelCase members and enums; unknown members in a request body are an error, not ignored.</summary>
    public static void ConfigureJson(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        options.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
    }
}
