using Microsoft.AspNetCore.Http;

namespace Outreach.Http;

/// <summary>Reads optional query parameters, with a 400 naming the parameter when one is malformed or given twice.</summary>
public static class QueryValues
{
    /// <summary>The value, or null when the parameter is missing or empty.</summary>
    public static string? Text(IQueryCollection query, string name)
    {
        var value = Single(query, name);
        return string.IsNullOrEmpty(value) ? null : value;
    }

    public static int? Number(IQueryCollection query, string name)
        => query.ContainsKey(name)
            ? int.TryParse(Single(query, name), out var parsed) ? parsed : throw ApiProblemException.Field(name, $"{name} must be a whole number no larger than {int.MaxValue:N0}.")
            : null;

    public static bool? Flag(IQueryCollection query, string name)
        => Text(query, name) is { } raw
            ? bool.TryParse(raw, out var parsed) ? parsed : throw ApiProblemException.Field(name, $"{name} must be true or false.")
            : null;

    /// <summary>
    /// A parameter given twice would otherwise be read as its values joined by commas ("written,skipped")
    /// and refused for a reason the client cannot see.
    /// </summary>
    private static string? Single(IQueryCollection query, string name)
        => query[name] is { Count: > 1 }
            ? throw ApiProblemException.Field(name, $"{name} may be given once; this request gives it {query[name].Count} times.")
            : query[name].ToString();
}
