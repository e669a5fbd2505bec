using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Outreach.Local.Hosting;

namespace Outreach.IntegrationTests.Identity;

/// <summary>Talks to the HTTPS development issuer directly, without MSAL, to send it requests MSAL never would.</summary>
internal static class DevelopmentIssuerHttp
{
    /// <summary>A client that trusts the issuer's self-signed certificate, pinned like the app pins it.</summary>
    public static HttpClient Create(LocalHostFixture fixture)
    {
        var pinned = Convert.FromHexString(fixture.Host.Configuration[LocalHostSettings.GraphTrustedCertificate]!);
        var handler = new HttpClientHandler
        {
            ServerCertificateCustomValidationCallback = (_, certificate, _, _) => certificate is not null && certificate.GetCertHash(HashAlgorithmName.SHA256).SequenceEqual(pinned),
        };
        return new HttpClient(handler) { BaseAddress = fixture.Host.GraphTokens.Instance };
    }

    /// <summary>The app's development client certificate, as the app loads it.</summary>
    public static X509Certificate2 AppCertificate(LocalHostFixture fixture)
        => X509Certificate2.CreateFromPemFile(fixture.Host.Configuration[LocalHostSettings.GraphCertificatePath]!);

    /// <summary>A client assertion as MSAL makes one: about the client, for the token endpoint, signed with the certificate.</summary>
    public static string ClientAssertion(X509Certificate2 certificate, string clientId, string audience)
    {
        var now = DateTime.UtcNow;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = clientId,
            Audience = audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now.AddMinutes(10),
            Claims = new Dictionary<string, object> { ["sub"] = clientId, ["jti"] = Guid.NewGuid().ToString() },
            SigningCredentials = new X509SigningCredentials(certificate),
        });
    }

    /// <summary>A certificate nobody registered.</summary>
    public static X509Certificate2 StrangerCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=Someone else", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(1));
    }
}
