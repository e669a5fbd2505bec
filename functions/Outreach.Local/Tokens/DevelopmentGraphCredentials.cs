using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace Outreach.Local.Tokens;

/// <summary>
/// What the app needs to get Graph tokens from the development issuer, and what the issuer needs to
/// serve them: the issuer's TLS certificate, the app's client certificate (as a PEM file, because the app
/// reads <c>Graph:CertificatePath</c> like it would in Azure) and the key that encrypts token caches.
/// Stored in the data folder for a local run; for tests, certificates in memory and the PEM file in a
/// temporary folder deleted on dispose.
/// </summary>
public sealed class DevelopmentGraphCredentials : IDisposable
{
    private const string TlsFileName = "dev-issuer-https.pfx";
    private const string ClientFileName = "dev-graph-client.pem";
    private const string CacheKeyFileName = "dev-graph-token-cache.key";

    private readonly string? _temporaryDirectory;

    private DevelopmentGraphCredentials(X509Certificate2 tls, X509Certificate2 client, string clientPath, string cacheKey, string? temporaryDirectory)
    {
        TlsCertificate = tls;
        ClientCertificate = client;
        ClientCertificatePath = clientPath;
        TokenCacheKey = cacheKey;
        _temporaryDirectory = temporaryDirectory;
    }

    public X509Certificate2 TlsCertificate { get; }

    /// <summary>The app's client certificate (with private key); the issuer verifies client assertions against it.</summary>
    public X509Certificate2 ClientCertificate { get; }

    public string ClientCertificatePath { get; }

    /// <summary>Base64 of a 32-byte key for <c>Graph:TokenCacheKey</c>.</summary>
    public string TokenCacheKey { get; }

    /// <summary>SHA-256 (hex) of the TLS certificate: what the app pins (SHA-1 thumbprints are not collision resistant).</summary>
    public string TlsThumbprint => Convert.ToHexStringLower(TlsCertificate.GetCertHash(HashAlgorithmName.SHA256));

    public static DevelopmentGraphCredentials CreateInMemory()
    {
        var now = DateTimeOffset.UtcNow;
        var directory = Path.Combine(Path.GetTempPath(), "outreach-dev-" + Guid.NewGuid().ToString("N"));
        var client = DevelopmentCertificates.CreateClient(now);
        var clientPath = Path.Combine(directory, ClientFileName);
        DevelopmentDataFiles.Write(clientPath, Encoding.ASCII.GetBytes(DevelopmentCertificates.ToPem(client)), overwrite: false);
        return new(DevelopmentCertificates.CreateServer(now), client, clientPath, NewCacheKey(), directory);
    }

    /// <summary>Loads the stored credentials, creating (or renewing, when close to expiry) what is missing.</summary>
    public static DevelopmentGraphCredentials LoadOrCreate(string dataDirectory)
    {
        var now = DateTimeOffset.UtcNow;
        var tls = LoadOrCreate(
            Path.Combine(dataDirectory, TlsFileName),
            () => DevelopmentCertificates.CreateServer(now).Export(X509ContentType.Pkcs12),
            bytes => X509CertificateLoader.LoadPkcs12(bytes, password: null),
            now);
        var clientPath = Path.Combine(dataDirectory, ClientFileName);
        var client = LoadOrCreate(
            clientPath,
            () => Encoding.ASCII.GetBytes(DevelopmentCertificates.ToPem(DevelopmentCertificates.CreateClient(now))),
            bytes => FromPem(Encoding.ASCII.GetString(bytes)),
            now);
        var cacheKey = Encoding.ASCII.GetString(DevelopmentDataFiles.ReadOrCreate(
            Path.Combine(dataDirectory, CacheKeyFileName), () => Encoding.ASCII.GetBytes(NewCacheKey()))).Trim();
        return new(tls, client, clientPath, cacheKey, temporaryDirectory: null);
    }

    public void Dispose()
    {
        TlsCertificate.Dispose();
        ClientCertificate.Dispose();
        if (_temporaryDirectory is not null && Directory.Exists(_temporaryDirectory))
        {
            Directory.Delete(_temporaryDirectory, recursive: true);
        }
    }

    /// <summary>Certificate and key from one PEM text (the one-argument overload would read the certificate only).</summary>
    private static X509Certificate2 FromPem(string pem) => X509Certificate2.CreateFromPem(pem, pem);

    private static string NewCacheKey() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    private static X509Certificate2 LoadOrCreate(string path, Func<byte[]> create, Func<byte[], X509Certificate2> load, DateTimeOffset now)
    {
        var certificate = load(DevelopmentDataFiles.ReadOrCreate(path, create));
        if (DevelopmentCertificates.IsFresh(certificate, now))
        {
            return certificate;
        }

        certificate.Dispose();
        var renewed = create();
        DevelopmentDataFiles.Write(path, renewed, overwrite: true);
        return load(renewed);
    }
}
