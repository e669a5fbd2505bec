using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Identity.Client;
using Outreach.Http;

namespace Outreach.Mail.Graph;

/// <summary>
/// MSAL's HTTP client for a development issuer on this machine: its self-signed TLS certificate is
/// trusted by pinning its SHA-256 thumbprint, and only for loopback addresses. Everything else is
/// validated as usual, so this is no switch that turns TLS validation off.
/// </summary>
internal sealed class LoopbackCertificateHttpClientFactory : IMsalHttpClientFactory, IDisposable
{
    private readonly byte[] _trustedThumbprint;
    private readonly HttpClient _client;

    public LoopbackCertificateHttpClientFactory(string sha256Thumbprint)
    {
        _trustedThumbprint = ParseThumbprint(sha256Thumbprint);
#pragma warning disable CA2000 // The HttpClient owns the handler and is disposed with this factory.
        var handler = new HttpClientHandler { ServerCertificateCustomValidationCallback = Validate };
#pragma warning restore CA2000
        _client = new HttpClient(handler, disposeHandler: true);
    }

    /// <summary>The factory when the configuration asks for one (loopback instance and a thumbprint), else null.</summary>
    public static LoopbackCertificateHttpClientFactory? For(GraphSessionOptions options)
        => options.TrustedDevelopmentCertificateThumbprint is { Length: > 0 } thumbprint && LoopbackAddress.Is(new Uri(options.Instance))
            ? new LoopbackCertificateHttpClientFactory(thumbprint)
            : null;

    // MSAL asks for a client per request; one shared client keeps connections pooled.
    public HttpClient GetHttpClient() => _client;

    public void Dispose() => _client.Dispose();

    private bool Validate(HttpRequestMessage request, X509Certificate2? certificate, X509Chain? chain, SslPolicyErrors errors)
        => errors == SslPolicyErrors.None
            || (certificate is not null
                && LoopbackAddress.Is(request.RequestUri)
                && CryptographicOperations.FixedTimeEquals(certificate.GetCertHash(HashAlgorithmName.SHA256), _trustedThumbprint));

    private static byte[] ParseThumbprint(string thumbprint)
    {
        var hex = thumbprint.Replace(":", string.Empty, StringComparison.Ordinal).Trim();
        try
        {
            var bytes = Convert.FromHexString(hex);
            if (bytes.Length == SHA256.HashSizeInBytes)
            {
                return bytes;
            }
        }
        catch (FormatException)
        {
            // Reported below.
        }

        throw new InvalidOperationException("Graph:TrustedDevelopmentCertificateThumbprint must be a SHA-256 thumbprint (64 hex digits).");
    }
}
