using System.Security.Authentication;
using Outreach.Local.Hosting;

namespace Outreach.IntegrationTests.Identity;

/// <summary>How the app's confidential client is set up: its credential and whom it trusts.</summary>
[Collection(LocalHostCollection.Name)]
public sealed class GraphClientConfigurationTests(LocalHostFixture fixture)
{
    [Fact]
    public async Task TheIssuerIsTrustedOnlyThroughItsPinnedCertificate()
    {
        var user = GraphTestUser.Create(fixture);
        var before = user.Grants(fixture).Count;
        var pinnedElsewhere = new Dictionary<string, string?> { [LocalHostSettings.GraphTrustedCertificate] = new string('a', 64) };
        var notPinned = new Dictionary<string, string?> { [LocalHostSettings.GraphTrustedCertificate] = string.Empty };

        foreach (var settings in new[] { pinnedElsewhere, notPinned })
        {
            await using var app = GraphProcess.Start(fixture, settings);
            var exception = await Assert.ThrowsAsync<HttpRequestException>(() => app.Sessions.ConnectAsync(user.Id, user.ApiToken, CancellationToken.None));
            Assert.IsType<AuthenticationException>(exception.InnerException);
        }

        // The TLS handshake failed, so no request of this user reached the issuer (the shared host's other users may).
        Assert.Equal(before, user.Grants(fixture).Count);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("0123456789abcdef0123456789abcdef01234567")]
    public async Task ExactlyOneClientCredentialMustBeConfigured(string? thumbprint)
    {
        var settings = thumbprint is null
            ? new Dictionary<string, string?> { [LocalHostSettings.GraphCertificatePath] = string.Empty }
            : new Dictionary<string, string?> { ["Graph:CertificateThumbprint"] = thumbprint };
        await using var app = GraphProcess.Start(fixture, settings);

        var exception = Assert.Throws<InvalidOperationException>(() => app.Sessions);

        Assert.Contains("Graph:CertificatePath, Graph:CertificateThumbprint or Graph:ManagedIdentityClientId", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AManagedIdentityIsACredentialToo()
    {
        // Building the client needs no network: the managed identity is asked only when a token is.
        await using var app = GraphProcess.Start(fixture, new Dictionary<string, string?>
        {
            [LocalHostSettings.GraphCertificatePath] = string.Empty,
            ["Graph:ManagedIdentityClientId"] = Guid.NewGuid().ToString(),
        });

        Assert.NotNull(app.Sessions);
    }
}
