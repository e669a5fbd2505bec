using Microsoft.AspNetCore.Http;

namespace Outreach.Http;

/// <summary>Reads optional query parameters, with a 400 naming the parameter when one is malformed.</summary>
public static class QueryValues
{
    /// <summary>The value, or null when the parameter is missing or empty.</summary>
    public static string? Text(IQueryCollection query, string name)
    {
        var value = query[name].ToString();
        return string.IsNullOrEmpty(value) ? null : value;
    }

    public static int? Number(IQueryCollection query, string name)
        => query.TryGetValue(name, out var raw)
            ? int.TryParse(raw, out var parsed) ? parsed : throw ApiProblemException.Field(name, $"{name} must be a number.")
            : null;

    public static bool? Flag(IQueryCollection query, string name)
        => Text(query, name) is { } raw
            ? bool.TryParse(raw, out var parsed) ? parsed : throw ApiProblemException.Field(name, $"{name} must be true or false.")
            : null;
}
