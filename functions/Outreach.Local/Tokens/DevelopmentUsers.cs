using System.Security.Cryptography;
using System.Text;

namespace Outreach.Local.Tokens;

/// <summary>
/// The made-up directory behind development tokens: one fixed tenant, and a user id derived from the
/// user name, so "alice" is the same user (the same storage partition) on every run and machine.
/// </summary>
public static class DevelopmentUsers
{
    public static readonly Guid TenantId = new("0d5e0c1a-7e57-4c0a-8d00-0000000c0ca1");

    public const string Domain = "outreach.local";

    /// <summary>The <c>azp</c> of development tokens: the client app (the task pane) that asked for them.</summary>
    public static readonly Guid ClientAppId = new("0d5e0c1a-7e57-4c0a-8d00-00000000add1");

    public static Guid ObjectIdFor(string userName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userName);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes("outreach-local-user:" + Normalise(userName)));
        var bytes = hash.AsSpan(0, 16).ToArray();

        // Marks it as an RFC 9562 version 8 (custom) GUID so it cannot collide with random v4 ids by shape.
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x80);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }

    public static string UserPrincipalNameFor(string userName)
        => userName.Contains('@', StringComparison.Ordinal) ? Normalise(userName) : $"{Normalise(userName)}@{Domain}";

    public static string DisplayNameFor(string userName)
    {
        var local = userName.Trim().Split('@')[0];
        return local.Length == 0 ? local : char.ToUpperInvariant(local[0]) + local[1..];
    }

    private static string Normalise(string userName) => userName.Trim().ToLowerInvariant();
}
