using System.Security.Cryptography.X509Certificates;
using Outreach.Local.Tokens;
using Outreach.TestFixtures;

namespace Outreach.IntegrationTests.Identity;

/// <summary>The local run keeps its Graph credentials in the data folder, so sessions survive a restart.</summary>
public sealed class DevelopmentGraphCredentialsTests
{
    [Fact]
    public void StoredCredentialsAreTheSameOnTheNextRun()
    {
        var folder = TestDirectories.Create("graph-credentials");

        using var first = DevelopmentGraphCredentials.LoadOrCreate(folder);
        using var second = DevelopmentGraphCredentials.LoadOrCreate(folder);

        Assert.Equal(first.TlsThumbprint, second.TlsThumbprint);
        Assert.Equal(first.ClientCertificate.Thumbprint, second.ClientCertificate.Thumbprint);
        Assert.Equal(first.TokenCacheKey, second.TokenCacheKey);
        Assert.Equal(32, Convert.FromBase64String(second.TokenCacheKey).Length);
        Assert.True(second.ClientCertificate.HasPrivateKey);
        Assert.True(second.TlsCertificate.HasPrivateKey);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(second.ClientCertificatePath));
        }
    }

    [Fact]
    public void TheTlsCertificateNamesTheLoopbackAddresses()
    {
        using var credentials = DevelopmentGraphCredentials.CreateInMemory();

        var names = credentials.TlsCertificate.Extensions.OfType<X509SubjectAlternativeNameExtension>().Single();
        Assert.Contains("localhost", names.EnumerateDnsNames());
        Assert.Contains(System.Net.IPAddress.Loopback, names.EnumerateIPAddresses());
        Assert.True(File.Exists(credentials.ClientCertificatePath));
    }

    [Fact]
    public void InMemoryCredentialsLeaveNoFileBehind()
    {
        string path;
        using (var credentials = DevelopmentGraphCredentials.CreateInMemory())
        {
            path = credentials.ClientCertificatePath;
        }

        Assert.False(File.Exists(path));
    }

    [Fact]
    public void StoredRefreshTokensSurviveARestartAndRevokeStaysRevoked()
    {
        var file = Path.Combine(TestDirectories.Create("refresh-tokens"), "tokens.json");
        var now = DateTimeOffset.UtcNow;
        var grant = new DevelopmentRefreshGrant(Guid.NewGuid(), Guid.NewGuid(), "client", "Mail.ReadBasic", null, null, "family", now, now.AddDays(1));
        var token = DevelopmentRefreshTokens.Load(file).Issue(grant);

        Assert.Equal(grant.ObjectId, DevelopmentRefreshTokens.Load(file).Find(token, now)?.ObjectId);
        Assert.DoesNotContain(token, File.ReadAllText(file), StringComparison.Ordinal);

        DevelopmentRefreshTokens.Load(file).Revoke(grant.TenantId, grant.ObjectId);
        Assert.Null(DevelopmentRefreshTokens.Load(file).Find(token, now));
    }
}
