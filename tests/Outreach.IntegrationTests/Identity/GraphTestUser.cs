using Outreach.Auth;
using Outreach.Local.Tokens;

namespace Outreach.IntegrationTests.Identity;

/// <summary>A user of the development directory no other test uses, with a valid API token.</summary>
internal sealed record GraphTestUser(string Name, UserId Id, string ApiToken)
{
    public static GraphTestUser Create(LocalHostFixture fixture)
    {
        var name = "graph-" + Guid.NewGuid().ToString("N")[..10];
        return new(name, new UserId(DevelopmentUsers.TenantId, DevelopmentUsers.ObjectIdFor(name)), fixture.Tokens.CreateToken(name));
    }

    /// <summary>The token endpoint's log entries for this user.</summary>
    public IReadOnlyList<DevelopmentIssuerRequest> Grants(LocalHostFixture fixture) => fixture.Host.GraphTokens.Log.For(Id.ObjectId);
}
