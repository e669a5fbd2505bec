using Microsoft.Kiota.Abstractions.Authentication;

namespace Outreach.IntegrationTests.GraphSandbox;

/// <summary>
/// Hands the SDK a fixed fake token. Its host validator allows 127.0.0.1: the SDK's default one
/// attaches tokens to Graph hosts only, and the sandbox would see no token at all.
/// </summary>
public sealed class SandboxTokenProvider(string token) : IAccessTokenProvider
{
    public AllowedHostsValidator AllowedHostsValidator { get; } = new(["127.0.0.1"]);

    public Task<string> GetAuthorizationTokenAsync(Uri uri, Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default)
        => Task.FromResult(AllowedHostsValidator.IsUrlHostValid(uri) ? token : string.Empty);
}
