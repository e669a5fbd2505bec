using Microsoft.Graph;
using Microsoft.Kiota.Abstractions.Authentication;

namespace Outreach.IntegrationTests.GraphSandbox;

/// <summary>The real Graph SDK client, with its default middleware (retry, redirect, ...), pointed at a sandbox.</summary>
public static class SandboxGraphClient
{
    public static GraphServiceClient Create(string baseUrl, string oid, string scopes = "Mail.ReadBasic offline_access")
    {
        var httpClient = GraphClientFactory.Create(GraphClientFactory.CreateDefaultHandlers());
        var authentication = new BaseBearerTokenAuthenticationProvider(new SandboxTokenProvider(FakeGraphToken.Create(oid, scopes)));
        return new GraphServiceClient(httpClient, authentication, baseUrl);
    }

    /// <summary>A plain HttpClient with the caller's token: no SDK middleware, so nothing is retried and payloads come as sent.</summary>
    public static HttpClient Raw(string oid)
    {
        var http = new HttpClient();
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", FakeGraphToken.Create(oid));
        return http;
    }

    /// <summary>Adds <c>Prefer: IdType="ImmutableId"</c>, as Outreach sends on every request.</summary>
    public static void PreferImmutableIds(Microsoft.Kiota.Abstractions.RequestHeaders headers) => headers.Add("Prefer", "IdType=\"ImmutableId\"");
}
