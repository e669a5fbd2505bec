using System.Text;
using System.Text.Json;

namespace Outreach.IntegrationTests.GraphSandbox;

/// <summary>An unsigned JWT shaped like a delegated Graph token; the sandbox reads the payload only.</summary>
public static class FakeGraphToken
{
    public const string TenantId = "0b9f2c4e-1a3d-4c5b-8e6f-7a8b9c0d1e2f";

    public static string Create(string oid, string scopes = "Mail.ReadBasic offline_access")
    {
        var header = new { alg = "RS256", typ = "JWT" };
        var payload = new { aud = "https://graph.microsoft.com", oid, tid = TenantId, scp = scopes, appid = "11111111-2222-3333-4444-555555555555" };
        return $"{Segment(header)}.{Segment(payload)}.{Base64Url(Encoding.UTF8.GetBytes("not-signed"))}";
    }

    private static string Segment(object value) => Base64Url(JsonSerializer.SerializeToUtf8Bytes(value));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
