using Microsoft.IdentityModel.JsonWebTokens;
using Outreach.Local.Tokens;
using Outreach.Mail.Graph;

namespace Outreach.IntegrationTests.Identity;

/// <summary>Real MSAL over real HTTPS against the local host's development issuer.</summary>
[Collection(LocalHostCollection.Name)]
public sealed class GraphSessionTests(LocalHostFixture fixture)
{
    private const string JwtBearer = DevelopmentTokenEndpointNames.JwtBearer;
    private const string RefreshToken = DevelopmentTokenEndpointNames.RefreshToken;

    private DevelopmentGraphIssuer Issuer => fixture.Host.GraphTokens;

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
        Assert.Equal(Issuer.IssuerFor(user.Id.TenantId.ToString()), token.Issuer);
        Assert.Equal(DevelopmentGraphIssuer.DefaultAccessTokenLifetime, token.ValidTo - token.ValidFrom);

        // One exchange; the second call was answered from the cache.
        var grant = Assert.Single(user.Grants(fixture));
        Assert.Equal(JwtBearer, grant.GrantType);
        Assert.Equal(200, grant.StatusCode);
    }

    [Fact]
    public async Task MsalCallsOnlyTheTokenEndpoint()
    {
        var user = GraphTestUser.Create(fixture);
        var before = Issuer.Log.Requests.Count;
        await using var app = GraphProcess.Start(fixture);

        await app.Sessions.ConnectAsync(user.Id, user.ApiToken, CancellationToken.None);
        Issuer.SetAccessTokenLifetime(user.Id.TenantId, user.Id.ObjectId, TimeSpan.FromSeconds(1));
        await app.Sessions.ConnectAsync(user.Id, user.ApiToken, CancellationToken.None);
        await app.Sessions.AcquireTokenAsync(user.Id, CancellationToken.None);

        // Authority validation and instance discovery are off: no metadata, no discovery, just tokens.
        var calls = Issuer.Log.Requests.Skip(before).Select(r => $"{r.Method} {r.Path}").Distinct();
        Assert.Equal($"POST /{user.Id.TenantId}/oauth2/v2.0/token", Assert.Single(calls));
    }

    [Fact]
    public async Task ANewProcessUsesThePersistedSession()
    {
        var user = GraphTestUser.Create(fixture);
        await using (var first = GraphProcess.Start(fixture))
        {
            await first.Sessions.ConnectAsync(user.Id, user.ApiToken, CancellationToken.None);
        }

        await using var second = GraphProcess.Start(fixture);
        var token = new JsonWebToken(await second.Sessions.AcquireTokenAsync(user.Id, CancellationToken.None));

        Assert.Equal(user.Id.ObjectId.ToString(), token.GetClaim("oid").Value);
        Assert.Equal(JwtBearer, Assert.Single(user.Grants(fixture)).GrantType);
    }

    [Fact]
    public async Task AnExpiredAccessTokenIsRefreshedWithTheRefreshToken()
    {
        var user = GraphTestUser.Create(fixture);
        Issuer.SetAccessTokenLifetime(user.Id.TenantId, user.Id.ObjectId, TimeSpan.FromSeconds(2));
        await using var app = GraphProcess.Start(fixture);
        await app.Sessions.ConnectAsync(user.Id, user.ApiToken, CancellationToken.None);
        await Task.Delay(TimeSpan.FromSeconds(2.5));

        Issuer.SetAccessTokenLifetime(user.Id.TenantId, user.Id.ObjectId, null);
        var token = new JsonWebToken(await app.Sessions.AcquireTokenAsync(user.Id, CancellationToken.None));

        Assert.True(token.ValidTo > DateTime.UtcNow.AddMinutes(30), "a fresh token");
        Assert.Equal([JwtBearer, RefreshToken], user.Grants(fixture).Select(g => g.GrantType));
        Assert.All(user.Grants(fixture), g => Assert.Equal(200, g.StatusCode));

        // The refreshed tokens were written back: another process uses them without a new grant.
        await using var other = GraphProcess.Start(fixture);
        await other.Sessions.AcquireTokenAsync(user.Id, CancellationToken.None);
        Assert.Equal(2, user.Grants(fixture).Count);
    }

    [Fact]
    public async Task ARevokedRefreshTokenRequiresAReconnect()
    {
        var user = GraphTestUser.Create(fixture);
        Issuer.SetAccessTokenLifetime(user.Id.TenantId, user.Id.ObjectId, TimeSpan.FromSeconds(1));
        await using var app = GraphProcess.Start(fixture);
        await app.Sessions.ConnectAsync(user.Id, user.ApiToken, CancellationToken.None);

        Assert.Equal(1, Issuer.RevokeRefreshTokens(user.Id.TenantId, user.Id.ObjectId));
        var exception = await Assert.ThrowsAsync<GraphReconnectRequiredException>(() => app.Sessions.AcquireTokenAsync(user.Id, CancellationToken.None));

        Assert.Equal(GraphReconnectReason.RefreshRejected, exception.Reason);
        Assert.Equal(user.Id, exception.User);
        // A revoked token names no user any more, so it is the issuer's latest request, not one of the user's.
        var refresh = Issuer.Log.Requests[^1];
        Assert.Equal((RefreshToken, 400, "invalid_grant"), (refresh.GrantType, refresh.StatusCode, refresh.Error));

        // Connecting again (the user is back in the pane) starts a new session.
        await app.Sessions.ConnectAsync(user.Id, user.ApiToken, CancellationToken.None);
        Assert.NotEmpty(await app.Sessions.AcquireTokenAsync(user.Id, CancellationToken.None));
    }

    [Fact]
    public async Task AUserWhoNeverConnectedHasToConnect()
    {
        var user = GraphTestUser.Create(fixture);
        await using var app = GraphProcess.Start(fixture);

        var exception = await Assert.ThrowsAsync<GraphReconnectRequiredException>(() => app.Sessions.AcquireTokenAsync(user.Id, CancellationToken.None));

        Assert.Equal(GraphReconnectReason.NotConnected, exception.Reason);
        Assert.Empty(user.Grants(fixture));
    }

    [Fact]
    public async Task DisconnectEndsTheSession()
    {
        var user = GraphTestUser.Create(fixture);
        await using var app = GraphProcess.Start(fixture);
        await app.Sessions.ConnectAsync(user.Id, user.ApiToken, CancellationToken.None);

        await app.Sessions.DisconnectAsync(user.Id, CancellationToken.None);

        var exception = await Assert.ThrowsAsync<GraphReconnectRequiredException>(() => app.Sessions.AcquireTokenAsync(user.Id, CancellationToken.None));
        Assert.Equal(GraphReconnectReason.NotConnected, exception.Reason);
        Assert.Null(await GraphCacheRows.FindAsync(fixture, user.Id));
        await app.Sessions.DisconnectAsync(user.Id, CancellationToken.None);
    }

    [Fact]
    public async Task AnExpiredUserTokenCannotConnect()
    {
        var user = GraphTestUser.Create(fixture);
        var now = DateTimeOffset.UtcNow;
        var expired = fixture.Tokens.CreateToken(user.Name, new() { NotBefore = now.AddHours(-2), Expires = now.AddHours(-1) });
        await using var app = GraphProcess.Start(fixture);

        var exception = await Assert.ThrowsAsync<GraphReconnectRequiredException>(() => app.Sessions.ConnectAsync(user.Id, expired, CancellationToken.None));

        Assert.Equal(GraphReconnectReason.UserTokenRejected, exception.Reason);
        var exchange = Issuer.Log.Requests[^1];
        Assert.Equal((JwtBearer, 400, "invalid_grant"), (exchange.GrantType, exchange.StatusCode, exchange.Error));
    }

    [Fact]
    public async Task AnotherUsersTokenCannotConnectThisUser()
    {
        var user = GraphTestUser.Create(fixture);
        var someoneElse = GraphTestUser.Create(fixture);
        await using var app = GraphProcess.Start(fixture);

        await Assert.ThrowsAsync<ArgumentException>(() => app.Sessions.ConnectAsync(user.Id, someoneElse.ApiToken, CancellationToken.None));
        Assert.Empty(user.Grants(fixture));
        Assert.Empty(someoneElse.Grants(fixture));
    }
}
