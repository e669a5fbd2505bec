using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Outreach.Mail.Graph;

/// <summary>Loads the client certificate from a file (PFX or PEM) or from a certificate store by thumbprint.</summary>
internal static class GraphClientCertificate
{
    public static X509Certificate2 Load(GraphSessionOptions options)
    {
        var certificate = options.CertificatePath is { Length: > 0 } path ? FromFile(path) : FromStore(options.CertificateThumbprint!);
        if (!certificate.HasPrivateKey)
        {
            certificate.Dispose();
            throw new InvalidOperationException("The Graph client certificate has no private key; the app signs its client assertions with it.");
        }

        return certificate;
    }

    private static X509Certificate2 FromFile(string path)
    {
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"Graph:CertificatePath '{path}' does not exist.");
        }

        // A PEM file is text (certificate and key blocks); anything else is taken for PKCS#12.
        var isPem = File.ReadAllText(path).Contains("-----BEGIN CERTIFICATE-----", StringComparison.Ordinal);
        return isPem ? X509Certificate2.CreateFromPemFile(path) : X509CertificateLoader.LoadPkcs12FromFile(path, password: null);
    }

    /// <summary>The current user's store first (App Service loads certificates there), then the machine's.</summary>
    private static X509Certificate2 FromStore(string thumbprint)
    {
        foreach (var location in new[] { StoreLocation.CurrentUser, StoreLocation.LocalMachine })
        {
            using var store = new X509Store(StoreName.My, location);
            try
            {
                store.Open(OpenFlags.ReadOnly | OpenFlags.OpenExistingOnly);
            }
            catch (CryptographicException)
            {
                // This store does not exist here (common on Linux); try the next one.
                continue;
            }

            var found = store.Certificates.Find(X509FindType.FindByThumbprint, thumbprint.Trim(), validOnly: false);
            foreach (var other in found.Skip(1))
            {
                other.Dispose();
            }

            if (found.Count > 0)
            {
                return found[0];
            }
        }

        throw new InvalidOperationException($"No certificate with thumbprint {thumbprint} in the current user's or the machine's personal store (Graph:CertificateThumbprint).");
    }
}
