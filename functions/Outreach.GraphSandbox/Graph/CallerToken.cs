using System.Text;
using System.Text.Json;

namespace Outreach.GraphSandbox.Graph;

/// <summary>
/// The caller, read from the bearer token's payload. The signature is not checked: this is a test
/// double, and the token decides only whose mailbox is read.
/// </summary>
internal sealed record CallerToken(string ObjectId, string? TenantId, string? ApplicationId, IReadOnlySet<string> Scopes)
{
    public const string RequiredScope = "Mail.ReadBasic";

    /// <summary>The caller, or the Graph error to answer with (401 unreadable, 403 missing scope).</summary>
    public static (CallerToken? Caller, GraphResponse? Refusal) Read(string? authorization)
    {
        if (authorization is null || !authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return (null, Unauthenticated("Access token is empty."));
        }

        var parts = authorization["Bearer ".Length..].Trim().Split('.');
        if (parts.Length != 3 || ReadPayload(parts[1]) is not { } payload)
        {
            return (null, Unauthenticated("IDX14100: JWT is not well formed, there are no dots (.)."));
        }

        var objectId = Claim(payload, "oid");
        if (string.IsNullOrEmpty(objectId))
        {
            return (null, Unauthenticated("Access token has no 'oid' claim."));
        }

        var scopes = (Claim(payload, "scp") ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var caller = new CallerToken(objectId, Claim(payload, "tid"), Claim(payload, "appid") ?? Claim(payload, "azp"), scopes);

        // Strict on purpose: Outreach asks for Mail.ReadBasic only, so a token with merely Mail.Read
        // (which Graph would accept) points to a consent mistake worth failing on.
        return scopes.Contains(RequiredScope)
            ? (caller, null)
            : (caller, GraphResponse.Error(403, "ErrorAccessDenied", "Access is denied. Check credentials and try again."));
    }

    private static GraphResponse Unauthenticated(string message) => GraphResponse.Error(401, "InvalidAuthenticationToken", message);

    private static JsonElement? ReadPayload(string segment)
    {
        try
        {
            var base64 = segment.Replace('-', '+').Replace('_', '/');
            base64 = base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '=');
            using var document = JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(base64)));
            return document.RootElement.ValueKind == JsonValueKind.Object ? document.RootElement.Clone() : null;
        }
        catch (Exception exception) when (exception is FormatException or JsonException)
        {
            return null;
        }
    }

    private static string? Claim(JsonElement payload, string name)
        => payload.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
