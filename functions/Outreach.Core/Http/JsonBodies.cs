using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Outreach.Http;

/// <summary>
/// Turns a JSON request body into its type, or into a 400 that says what is wrong: not JSON at all, not an
/// object, a field the request does not take, or a field of the wrong type (with the type it takes).
/// </summary>
public static class JsonBodies
{
    private const int MaxEchoedName = 40;

    public static T Parse<T>(ReadOnlyMemory<byte> body, JsonSerializerOptions options)
        where T : class
    {
        if (body.IsEmpty)
        {
            throw ApiProblemException.BadRequest("The body is empty; send a JSON object.");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException ex)
        {
            throw ApiProblemException.BadRequest(
                $"The body is not valid JSON (line {ex.LineNumber + 1}, byte {ex.BytePositionInLine + 1}): it is malformed, cut short, not UTF-8 or nested more than 64 levels deep.");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw ApiProblemException.BadRequest($"The body must be a JSON object, not {Describe(root.ValueKind)}.");
            }

            try
            {
                return root.Deserialize<T>(options) ?? throw ApiProblemException.BadRequest("The body must be a JSON object, not null.");
            }
            catch (Exception ex) when (ex is JsonException or InvalidOperationException)
            {
                throw Mismatch(options.GetTypeInfo(typeof(T)), (ex as JsonException)?.Path ?? (ex.InnerException as JsonException)?.Path);
            }
        }
    }

    private static ApiProblemException Mismatch(JsonTypeInfo type, string? path)
    {
        var fields = type.Properties.Select(p => p.Name).ToList();
        var name = TopLevelName(path);
        if (name is null)
        {
            return ApiProblemException.BadRequest($"The body does not fit this request; it takes the fields {string.Join(", ", fields)}.");
        }

        var property = type.Properties.FirstOrDefault(p => p.Name == name);
        var shown = name.Length > MaxEchoedName ? name[..MaxEchoedName] + "…" : name;
        return property is null
            ? ApiProblemException.Field(shown, $"'{shown}' is not a field of this request; it takes {string.Join(", ", fields)}.")
            : ApiProblemException.Field(name, $"'{name}' must be {Expected(property.PropertyType)}.");
    }

    /// <summary>The first member of a path such as <c>$.emails[0]</c> or <c>$['odd name']</c>.</summary>
    private static string? TopLevelName(string? path)
    {
        if (path is null || path.Length < 3)
        {
            return null;
        }

        if (path.StartsWith("$['", StringComparison.Ordinal))
        {
            var end = path.IndexOf("']", 3, StringComparison.Ordinal);
            return end > 3 ? path[3..end] : null;
        }

        if (!path.StartsWith("$.", StringComparison.Ordinal))
        {
            return null;
        }

        var rest = path[2..];
        var stop = rest.IndexOfAny(['.', '[']);
        return stop < 0 ? rest : rest[..stop];
    }

    private static string Expected(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type.IsEnum)
        {
            return "one of " + string.Join(", ", type.GetFields(BindingFlags.Public | BindingFlags.Static)
                .Select(f => f.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(f.Name)));
        }

        if (type == typeof(string))
        {
            return "a string";
        }

        if (type == typeof(bool))
        {
            return "true or false";
        }

        if (type == typeof(DateOnly))
        {
            return "a date (YYYY-MM-DD)";
        }

        if (type == typeof(DateTimeOffset) || type == typeof(DateTime))
        {
            return "a date and time (ISO 8601)";
        }

        if (type == typeof(int) || type == typeof(long))
        {
            return "a whole number";
        }

        if (type != typeof(string) && type.IsAssignableTo(typeof(System.Collections.IEnumerable)))
        {
            var item = type.IsArray ? type.GetElementType() : type.GetGenericArguments().FirstOrDefault();
            return item is null ? "a list" : $"a list ({Expected(item)} each)";
        }

        return "an object of the documented shape";
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };
}
