using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.Kiota.Abstractions.Authentication;
using Outreach.Local.Hosting;
using Outreach.Local.Tokens;
using Outreach.Mail.Graph;

namespace Outreach.IntegrationTests.Identity;

/// <summary>The Graph SDK client a user's session drives, against a base URL that is not Graph's.</summary>
[Collection(LocalHostCollection.Name)]
public sealed class UserGraphClientFactoryTests(LocalHostFixture fixture)
{
    [Fact]
    public async Task TheClientSendsTheUsersGraphTokenToTheConfiguredBaseUrl()
    {
        var user = GraphTestUser.Create(fixture);
        await using var graph = await RecordingGraphServer.StartAsync();
        var baseUrl = new Uri(graph.Address, "v1.0").ToString();
        await using var app = GraphProcess.Start(fixture, new Dictionary<string, string?> { [LocalHostSettings.GraphBaseUrl] = baseUrl });
        await app.Sessions.ConnectAsync(user.Id, user.ApiToken, CancellationToken.None);

        var message = await app.Clients.CreateClient(user.Id).Me.Messages["x"].GetAsync();

        Assert.Equal("Hello", message?.Subject);
        var request = Assert.Single(graph.Requests);
        Assert.Equal("/v1.0/me/messages/x", request.Path);
        Assert.StartsWith("Bearer ", request.Authorization, StringComparison.Ordinal);
        var token = new JsonWebToken(request.Authorization["Bearer ".Length..]);
        Assert.Equal(DevelopmentGraphApp.GraphAudience, Assert.Single(token.Audiences));
        Assert.Equal(user.Id.ObjectId.ToString(), token.GetClaim("oid").Value);
    }

    [Fact]
    public async Task NoTokenGoesToAnotherHostOrOverPlainHttpToARemoteHost()
    {
        var user = GraphTestUser.Create(fixture);
        await using var app = GraphProcess.Start(fixture, new Dictionary<string, string?> { [LocalHostSettings.GraphBaseUrl] = "https://graph.example/v1.0" });
        var provider = new GraphSessionTokenProvider(app.Sessions, user.Id, new AllowedHostsValidator(["graph.example"]));

        Assert.Empty(await provider.GetAuthorizationTokenAsync(new Uri("https://elsewhere.example/v1.0/me")));
        Assert.Empty(await provider.GetAuthorizationTokenAsync(new Uri("http://graph.example/v1.0/me")));
        await Assert.ThrowsAsync<GraphReconnectRequiredException>(() => provider.GetAuthorizationTokenAsync(new Uri("https://graph.example/v1.0/me")));
    }

    [Theory]
    [InlineData("http://graph.example/v1.0")]
    [InlineData("not a url")]
    public async Task ABaseUrlThatWouldLeakTokensIsAConfigurationError(string baseUrl)
    {
        await using var app = GraphProcess.Start(fixture, new Dictionary<string, string?> { [LocalHostSettings.GraphBaseUrl] = baseUrl });

        var exception = Assert.Throws<InvalidOperationException>(() => app.Clients);
        Assert.Contains("Graph:BaseUrl", exception.Message, StringComparison.Ordinal);
    }
}
