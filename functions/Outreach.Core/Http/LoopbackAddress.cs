using System.Net;

namespace Outreach.Http;

/// <summary>Development exceptions (a self-signed issuer, plain HTTP to a sandbox) apply only to this machine.</summary>
internal static class LoopbackAddress
{
    public static bool Is(Uri? uri)
        => uri is { IsAbsoluteUri: true }
            && (uri.IsLoopback || (IPAddress.TryParse(uri.Host, out var address) && IPAddress.IsLoopback(address)));
}
