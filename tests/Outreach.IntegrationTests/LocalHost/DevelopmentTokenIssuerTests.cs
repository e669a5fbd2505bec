using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;
using Outreach.Local.Tokens;
using Outreach.TestFixtures;

namespace Outreach.IntegrationTests.LocalHost;

/// <summary>The development issuer's tokens, checked the way the API checks them: against its published metadata.</summary>
[Collection(LocalHostCollection.Name)]
public sealed class DevelopmentTokenIssuerTests(LocalHostFixture fixture)
{
    [Fact]
    public async Task TokenValidatesAgainstTheIssuersPublishedKeys()
    {
        var token = fixture.Tokens.CreateToken("alice");

        var result = await ValidateAsync(token);

        Assert.True(result.IsValid, result.Exception?.Message);
        var jwt = (JsonWebToken)result.SecurityToken;
        Assert.Equal(fixture.Tokens.KeyId, jwt.Kid);
        Assert.Equal(SecurityAlgorithms.RsaSha256, jwt.Alg);
        Assert.Equal(DevelopmentUsers.TenantId.ToString(), jwt.GetClaim("tid").Value);
        Assert.Equal(DevelopmentUsers.ObjectIdFor("alice").ToString(), jwt.GetClaim("oid").Value);
        Assert.Equal("alice@outreach.local", jwt.GetClaim("preferred_username").Value);
        Assert.Equal("access_as_user", jwt.GetClaim("scp").Value);
        Assert.Equal("2.0", jwt.GetClaim("ver").Value);
        Assert.Equal(DevelopmentTokenIssuer.DefaultAudience, Assert.Single(jwt.Audiences));
        Assert.Equal(TimeSpan.FromHours(8), jwt.ValidTo - jwt.ValidFrom);
    }

    [Fact]
    public async Task BadTokensDoNotValidate()
    {
        var issuer = fixture.Tokens;
        var now = DateTimeOffset.UtcNow;
        var bad = new Dictionary<string, string>
        {
            ["expired"] = issuer.CreateToken("alice", new() { NotBefore = now.AddHours(-9), Expires = now.AddHours(-1) }),
            ["not yet valid"] = issuer.CreateToken("alice", new() { NotBefore = now.AddHours(1) }),
            ["other audience"] = issuer.CreateToken("alice", new() { Audience = "api://someone-else" }),
            ["other issuer"] = issuer.CreateToken("alice", new() { Issuer = "https://login.microsoftonline.com/common/v2.0" }),
            ["untrusted key"] = issuer.CreateToken("alice", new() { SigningKey = DevelopmentTokenIssuer.CreateUntrustedKey() }),
            ["unsigned"] = issuer.CreateUnsignedToken("alice"),
            ["no expiry"] = issuer.CreateToken("alice", new() { Claims = new Dictionary<string, object?> { ["exp"] = null } }),
        };

        foreach (var (kind, token) in bad)
        {
            var result = await ValidateAsync(token);
            Assert.False(result.IsValid, $"a token with {kind} validated");
        }
    }

    [Fact]
    public void OptionsShapeTheClaimsOfTheToken()
    {
        var tenant = Guid.NewGuid();
        var token = new JsonWebToken(fixture.Tokens.CreateToken("bob", new()
        {
            Scope = null,
            TenantId = tenant,
            Claims = new Dictionary<string, object?> { ["roles"] = "Admin", ["name"] = null },
        }));

        Assert.False(token.TryGetClaim("scp", out _));
        Assert.False(token.TryGetClaim("name", out _));
        Assert.Equal(tenant.ToString(), token.GetClaim("tid").Value);
        Assert.Equal("Admin", token.GetClaim("roles").Value);
        Assert.Equal(DevelopmentUsers.ObjectIdFor("bob").ToString(), token.GetClaim("oid").Value);
    }

    [Fact]
    public void UnsignedTokenSaysAlgNone()
    {
        var token = fixture.Tokens.CreateUnsignedToken("alice");

        Assert.Equal("none", new JsonWebToken(token).Alg);
        Assert.EndsWith(".", token, StringComparison.Ordinal);
    }

    [Fact]
    public void TheSameUserNameIsAlwaysTheSameUser()
    {
        // Pinned: the object id becomes the storage partition, so changing the derivation loses local data.
        Assert.Equal(new Guid("cf486fc5-9584-8d5e-b646-5a9c71d1039a"), DevelopmentUsers.ObjectIdFor("alice"));
        Assert.Equal(DevelopmentUsers.ObjectIdFor("alice"), DevelopmentUsers.ObjectIdFor(" Alice "));
        Assert.NotEqual(DevelopmentUsers.ObjectIdFor("alice"), DevelopmentUsers.ObjectIdFor("bob"));
    }

    [Fact]
    public async Task SigningKeyIsStoredAndReusedFromTheDataDirectory()
    {
        var path = Path.Combine(TestDirectories.Create("key"), "dev-issuer-key.json");

        using var first = DevelopmentSigningKey.LoadOrCreate(path);
        using var second = DevelopmentSigningKey.LoadOrCreate(path);

        Assert.Equal(first.KeyId, second.KeyId);
        var issuer = new DevelopmentTokenIssuer(new Uri("http://127.0.0.1:7071/"), DevelopmentTokenIssuer.DefaultAudience, first);
        var token = issuer.CreateToken("alice");
        var result = await new JsonWebTokenHandler().ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = issuer.Issuer,
            ValidAudience = issuer.Audience,
            IssuerSigningKey = new DevelopmentTokenIssuer(new Uri("http://127.0.0.1:7071/"), issuer.Audience, second).PublicKey(),
        });
        Assert.True(result.IsValid, result.Exception?.Message);
    }

    private async Task<TokenValidationResult> ValidateAsync(string token)
    {
        // Loopback is plain HTTP; the real API validates against https://login.microsoftonline.com.
        var metadata = new ConfigurationManager<OpenIdConnectConfiguration>(
            fixture.Tokens.MetadataAddress,
            new OpenIdConnectConfigurationRetriever(),
            new HttpDocumentRetriever { RequireHttps = false });
        var configuration = await metadata.GetConfigurationAsync(CancellationToken.None);

        return await new JsonWebTokenHandler().ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = configuration.Issuer,
            ValidAudience = fixture.Host.Configuration["Auth:Audience"],
            IssuerSigningKeys = configuration.SigningKeys,
            RequireExpirationTime = true,
            RequireSignedTokens = true,
        });
    }
}
