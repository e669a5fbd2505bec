using System.Net.Http.Json;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using Microsoft.Identity.Client;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Outreach.Local.Hosting;
using Outreach.Local.Tokens;
using Outreach.TestFixtures;

namespace Outreach.IntegrationTests.Identity;

/// <summary>The development issuer's token endpoint, spoken to directly: what it accepts and what it refuses.</summary>
[Collection(LocalHostCollection.Name)]
public sealed class DevelopmentTokenEndpointTests(LocalHostFixture fixture)
{
    private DevelopmentGraphIssuer Issuer => fixture.Host.GraphTokens;

    private static string Tenant => DevelopmentUsers.TenantId.ToString();

    private static string TokenPath => $"/{Tenant}/oauth2/v2.0/token";

    [Fact]
    public async Task AnAuthenticatedClientExchangesAUserTokenForGraphTokens()
    {
        var user = GraphTestUser.Create(fixture);
        using var certificate = DevelopmentIssuerHttp.AppCertificate(fixture);

        using var response = await PostAsync(OnBehalfOf(user.ApiToken, Assertion(certificate)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Bearer", body.GetProperty("token_type").GetString());
        Assert.Equal("Mail.ReadBasic openid profile", body.GetProperty("scope").GetString());
        Assert.Equal(3600, body.GetProperty("expires_in").GetInt32());
        Assert.Equal(3600, body.GetProperty("ext_expires_in").GetInt32());
        Assert.NotEmpty(body.GetProperty("refresh_token").GetString()!);
        var access = new JsonWebToken(body.GetProperty("access_token").GetString());
        Assert.Equal("Mail.ReadBasic openid profile", access.GetClaim("scp").Value);
        Assert.Equal(Issuer.ClientId, access.GetClaim("azp").Value);
        var idToken = new JsonWebToken(body.GetProperty("id_token").GetString());
        Assert.Equal(Issuer.ClientId, Assert.Single(idToken.Audiences));
        var clientInfo = JsonDocument.Parse(Base64UrlEncoder.Decode(body.GetProperty("client_info").GetString())).RootElement;
        Assert.Equal(user.Id.ObjectId.ToString(), clientInfo.GetProperty("uid").GetString());
        Assert.Equal(user.Id.TenantId.ToString(), clientInfo.GetProperty("utid").GetString());
    }

    [Fact]
    public async Task ARefreshIssuesANewRefreshTokenAndTheOldOneStaysValidForAWhile()
    {
        var user = GraphTestUser.Create(fixture);
        using var certificate = DevelopmentIssuerHttp.AppCertificate(fixture);
        using var first = await PostAsync(OnBehalfOf(user.ApiToken, Assertion(certificate)));
        var firstRefresh = (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("refresh_token").GetString()!;

        using var second = await PostAsync(Refresh(firstRefresh, Assertion(certificate)));
        var secondRefresh = (await second.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("refresh_token").GetString()!;
        using var again = await PostAsync(Refresh(firstRefresh, Assertion(certificate)));

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.NotEqual(firstRefresh, secondRefresh);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
    }

    [Fact]
    public async Task AnAssertionSignedWithAnotherCertificateIsAnInvalidClient()
    {
        var user = GraphTestUser.Create(fixture);
        using var stranger = DevelopmentIssuerHttp.StrangerCertificate();

        await AssertErrorAsync(OnBehalfOf(user.ApiToken, Assertion(stranger)), HttpStatusCode.Unauthorized, "invalid_client");
    }

    [Fact]
    public async Task AnAssertionForAnotherEndpointOrWithoutOneIsAnInvalidClient()
    {
        var user = GraphTestUser.Create(fixture);
        using var certificate = DevelopmentIssuerHttp.AppCertificate(fixture);
        var elsewhere = DevelopmentIssuerHttp.ClientAssertion(certificate, Issuer.ClientId, "https://login.microsoftonline.com/common/oauth2/v2.0/token");
        var withoutAssertion = OnBehalfOf(user.ApiToken, Assertion(certificate)).Where(p => !p.Key.StartsWith("client_assertion", StringComparison.Ordinal));

        await AssertErrorAsync(OnBehalfOf(user.ApiToken, elsewhere), HttpStatusCode.Unauthorized, "invalid_client");
        await AssertErrorAsync(withoutAssertion, HttpStatusCode.Unauthorized, "invalid_client");
    }

    [Fact]
    public async Task AUserTokenForAnotherAudienceOrSignerIsAnInvalidGrant()
    {
        using var certificate = DevelopmentIssuerHttp.AppCertificate(fixture);
        var otherAudience = fixture.Tokens.CreateToken("mallory", new() { Audience = "api://someone-else" });
        var otherSigner = fixture.Tokens.CreateToken("mallory", new() { SigningKey = DevelopmentTokenIssuer.CreateUntrustedKey() });

        await AssertErrorAsync(OnBehalfOf(otherAudience, Assertion(certificate)), HttpStatusCode.BadRequest, "invalid_grant");
        await AssertErrorAsync(OnBehalfOf(otherSigner, Assertion(certificate)), HttpStatusCode.BadRequest, "invalid_grant");
    }

    [Fact]
    public async Task AnUnknownRefreshTokenIsAnInvalidGrant()
    {
        using var certificate = DevelopmentIssuerHttp.AppCertificate(fixture);

        await AssertErrorAsync(Refresh("made-up", Assertion(certificate)), HttpStatusCode.BadRequest, "invalid_grant");
    }

    [Fact]
    public async Task AnAppWithAnUnregisteredCertificateIsRejectedNotAskedToReconnect()
    {
        var user = GraphTestUser.Create(fixture);
        using var stranger = DevelopmentIssuerHttp.StrangerCertificate();
        var path = Path.Combine(TestDirectories.Create("graph-client"), "stranger.pfx");
        await File.WriteAllBytesAsync(path, stranger.Export(X509ContentType.Pkcs12));
        await using var app = GraphProcess.Start(fixture, new Dictionary<string, string?> { [LocalHostSettings.GraphCertificatePath] = path });

        var exception = await Assert.ThrowsAsync<MsalServiceException>(() => app.Sessions.ConnectAsync(user.Id, user.ApiToken, CancellationToken.None));

        Assert.Equal("invalid_client", exception.ErrorCode);
        Assert.Equal("invalid_client", Issuer.Log.Requests[^1].Error);
    }

    [Fact]
    public async Task TheTokenEndpointIsServedOnlyOverHttps()
    {
        using var http = fixture.CreateClient();
        using var https = DevelopmentIssuerHttp.Create(fixture);

        using var plain = await http.PostAsync(new Uri(TokenPath, UriKind.Relative), new FormUrlEncodedContent([]));
        var metadata = await https.GetFromJsonAsync<JsonElement>($"/{Tenant}/v2.0/.well-known/openid-configuration");

        Assert.Equal(HttpStatusCode.NotFound, plain.StatusCode);
        Assert.Equal(Issuer.TokenEndpointFor(Tenant), metadata.GetProperty("token_endpoint").GetString());
    }

    private string Assertion(X509Certificate2 certificate) => DevelopmentIssuerHttp.ClientAssertion(certificate, Issuer.ClientId, Issuer.TokenEndpointFor(Tenant));

    private Dictionary<string, string> OnBehalfOf(string userToken, string clientAssertion) => new()
    {
        ["grant_type"] = DevelopmentTokenEndpointNames.JwtBearer,
        ["requested_token_use"] = "on_behalf_of",
        ["assertion"] = userToken,
        ["scope"] = "Mail.ReadBasic offline_access openid profile",
        ["client_id"] = Issuer.ClientId,
        ["client_assertion_type"] = DevelopmentTokenEndpointNames.ClientAssertionType,
        ["client_assertion"] = clientAssertion,
    };

    private Dictionary<string, string> Refresh(string refreshToken, string clientAssertion) => new()
    {
        ["grant_type"] = DevelopmentTokenEndpointNames.RefreshToken,
        ["refresh_token"] = refreshToken,
        ["scope"] = "Mail.ReadBasic offline_access openid profile",
        ["client_id"] = Issuer.ClientId,
        ["client_assertion_type"] = DevelopmentTokenEndpointNames.ClientAssertionType,
        ["client_assertion"] = clientAssertion,
    };

    private async Task<HttpResponseMessage> PostAsync(IEnumerable<KeyValuePair<string, string>> form)
    {
        using var client = DevelopmentIssuerHttp.Create(fixture);
        using var content = new FormUrlEncodedContent(form);
        return await client.PostAsync(new Uri(TokenPath, UriKind.Relative), content);
    }

    private async Task AssertErrorAsync(IEnumerable<KeyValuePair<string, string>> form, HttpStatusCode status, string error)
    {
        using var response = await PostAsync(form);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(status, response.StatusCode);
        Assert.Equal(error, body.GetProperty("error").GetString());
        Assert.StartsWith("AADSTS", body.GetProperty("error_description").GetString(), StringComparison.Ordinal);
    }
}
