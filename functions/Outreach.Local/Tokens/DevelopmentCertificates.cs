using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Outreach.Local.Tokens;

/// <summary>Self-signed certificates for the local run: the issuer's TLS certificate and the app's client certificate.</summary>
internal static class DevelopmentCertificates
{
    private const string ServerAuthentication = "1.3.6.1.5.5.7.3.1";
    private const string ClientAuthentication = "1.3.6.1.5.5.7.3.2";

    /// <summary>TLS for <c>127.0.0.1</c>, <c>::1</c> and <c>localhost</c>; MSAL only talks to an HTTPS authority.</summary>
    public static X509Certificate2 CreateServer(DateTimeOffset now)
    {
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddIpAddress(IPAddress.IPv6Loopback);
        names.AddDnsName("localhost");
        return Create("CN=Outreach development issuer", ServerAuthentication, now, TimeSpan.FromDays(365), names.Build());
    }

    /// <summary>The Graph app's credential: it signs client assertions, the issuer checks them with its public key.</summary>
    public static X509Certificate2 CreateClient(DateTimeOffset now)
        => Create("CN=Outreach development Graph client", ClientAuthentication, now, TimeSpan.FromDays(2 * 365), extension: null);

    /// <summary>Certificate and private key in one PEM file, the form <c>Graph:CertificatePath</c> reads.</summary>
    public static string ToPem(X509Certificate2 certificate)
    {
        using var key = certificate.GetRSAPrivateKey() ?? throw new InvalidOperationException("The certificate has no RSA private key.");
        return certificate.ExportCertificatePem() + "\n" + key.ExportPkcs8PrivateKeyPem() + "\n";
    }

    /// <summary>Still good for a while: a certificate about to expire is replaced rather than used.</summary>
    public static bool IsFresh(X509Certificate2 certificate, DateTimeOffset now) => certificate.NotAfter > now.AddDays(30).UtcDateTime;

    private static X509Certificate2 Create(string subject, string usage, DateTimeOffset now, TimeSpan lifetime, X509Extension? extension)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(certificateAuthority: false, hasPathLengthConstraint: false, pathLengthConstraint: 0, critical: true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment, critical: true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid(usage)], critical: false));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, critical: false));
        if (extension is not null)
        {
            request.CertificateExtensions.Add(extension);
        }

        using var created = request.CreateSelfSigned(now.AddMinutes(-5), now + lifetime);

        // Round-tripped through PKCS#12 so the private key is usable by TLS everywhere (Windows' TLS
        // stack rejects the ephemeral key CreateSelfSigned returns).
        return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pkcs12), password: null);
    }
}
