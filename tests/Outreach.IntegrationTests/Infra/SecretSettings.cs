namespace Outreach.IntegrationTests.Infra;

/// <summary>
/// What an app setting must not look like: a key, a SAS, a password or a connection string with a
/// credential in it. A setting whose name says it holds a secret must be a Key Vault reference.
/// </summary>
internal static class SecretSettings
{
    private static readonly string[] CredentialFragments =
    [
        "AccountKey=", "SharedAccessSignature", "SharedAccessKey", "sig=", "Password=", "ClientSecret", "listKeys(",
    ];

    private static readonly string[] SecretSuffixes = ["Key", "Keys", "Secret", "Password", "Pfx"];

    /// <summary>The connection string of an App Insights resource with local auth off identifies it and authorises nothing.</summary>
    private const string TelemetryConnectionString = "APPLICATIONINSIGHTS_CONNECTION_STRING";

    public static IEnumerable<string> Problems(IEnumerable<KeyValuePair<string, string>> settings)
    {
        foreach (var (name, value) in settings)
        {
            foreach (var fragment in CredentialFragments.Where(f => value.Contains(f, StringComparison.OrdinalIgnoreCase)))
            {
                yield return $"{name}: its value contains '{fragment}'";
            }

            if (name.Equals("AzureWebJobsStorage", StringComparison.OrdinalIgnoreCase)
                || (name.Contains("CONNECTION_STRING", StringComparison.OrdinalIgnoreCase) && name != TelemetryConnectionString)
                || name.Contains("ConnectionString", StringComparison.OrdinalIgnoreCase))
            {
                yield return $"{name}: a connection string; use identity-based settings (__accountName, __credential, __clientId)";
            }

            var lastPart = name.Split("__").Last();
            if (SecretSuffixes.Any(s => lastPart.EndsWith(s, StringComparison.OrdinalIgnoreCase)) && !IsKeyVaultReference(value))
            {
                yield return $"{name}: a secret by its name, but not a Key Vault reference";
            }
        }
    }

    /// <summary>
    /// <c>@Microsoft.KeyVault(...)</c> literally, or compiled as <c>[format('@Microsoft.KeyVault(SecretUri={0})', ...)]</c>.
    /// </summary>
    public static bool IsKeyVaultReference(string value)
        => value.StartsWith("@Microsoft.KeyVault(", StringComparison.Ordinal)
            || value.StartsWith("[format('@Microsoft.KeyVault(", StringComparison.Ordinal);
}
