using Microsoft.IdentityModel.JsonWebTokens;
using Outreach.Local.Tokens;
using Outreach.Tests.Infrastructure;

namespace Outreach.Tests.Identity;

/// <summary>Real MSAL over real HTTPS against the local host's development issuer.</summary>
[Collection(LocalHostCollection.Name)]
public sealed class GraphSessionTests(LocalHostFixture fixture)
{
    private const string JwtBearer = "urn:ietf:params:oauth:grant-type:jwt-bearer";

    [Fact]
    public async Task ConnectedUserGetsAGraphTokenForTheSameUser()
    {
        var user = GraphTestUser.Create(fixture);
        await using var app = GraphProcess.Start(fixture);

        await app.Sessions.ConnectAsync(user.Id, user.ApiToken, CancellationToken.None);
        var token = new JsonWebToken(await app.Sessions.AcquireTokenAsync(user.Id, CancellationToken.None));

        Assert.Equal(DevelopmentGraphApp.GraphAudience, Assert.Single(token.Audiences));
        Assert.Equal(user.Id.TenantId.ToString(), token.GetClaim("tid").Value);
        Assert.Equal(user.Id.ObjectId.ToString(), token.GetClaim("oid").Value);
        Assert.Contains("Mail.ReadBasic", token.GetClaim("scp").Value.Split(' '));
        Assert.Equal(fixture.Host.GraphTokens.IssuerFor(user.Id.TenantId.ToString()), token.Issuer);

        // One exchange; the second call was answered from the cache.
        var grant = Assert.Single(user.Grants(fixture));
        Assert.Equal(JwtBearer, grant.GrantType);
        Assert.Equal(200, grant.StatusCode);
    }
}
