using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Outreach.GraphSandbox.Mail;

namespace Outreach.GraphSandbox.Graph;

/// <summary>Graph's JSON conventions: UTC times, email address objects.</summary>
internal static class GraphJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    /// <summary>Message times as Graph writes them: <c>2016-03-01T10:00:00Z</c>.</summary>
    public static string Time(DateTimeOffset time)
        => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>Subscription times as Graph writes them, with seven fractional digits.</summary>
    public static string PreciseTime(DateTimeOffset time)
        => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    public static JsonObject Recipient(SandboxAddress address) => new()
    {
        ["emailAddress"] = new JsonObject { ["name"] = address.Name ?? address.Address, ["address"] = address.Address },
    };

    public static JsonArray Recipients(IEnumerable<SandboxAddress> addresses) => [.. addresses.Select(a => (JsonNode)Recipient(a))];
}
