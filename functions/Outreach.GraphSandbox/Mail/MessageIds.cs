using System.Security.Cryptography;
using System.Text;

namespace Outreach.GraphSandbox.Mail;

/// <summary>
/// Makes the identifiers Graph hands out. They look like Graph's (base64url, mixed case) so that a
/// consumer that lower-cases or trims them breaks here as it would against Graph.
/// </summary>
internal static class MessageIds
{
    /// <summary>The sandbox's own mail domain, used in Message-IDs and default owner addresses.</summary>
    public const string Domain = "sandbox.example";

    // Real immutable ids start with a store prefix; keeping one makes them as long and as opaque.
    private const string MessagePrefix = "AAkALgAAAAAAHYQDEapmEc2byACqAC-EWg0A";
    private const string ConversationPrefix = "AAQkADAwATM0MDAAMS1";
    private const string FolderPrefix = "AQMkADAwATM0MDAAMS1";

    public static string NewMessageId() => MessagePrefix + RandomPart();

    public static string NewConversationId() => ConversationPrefix + RandomPart();

    public static string NewInternetMessageId() => $"<{Guid.NewGuid():N}@{Domain}>";

    /// <summary>Deterministic per mailbox and folder, so a folder id is stable for the sandbox's life.</summary>
    public static string FolderId(string mailbox, string folder)
        => FolderPrefix + Base64Url(SHA256.HashData(Encoding.UTF8.GetBytes(mailbox + "/" + folder)).AsSpan(0, 18));

    /// <summary>An opaque token for next and delta links.</summary>
    public static string NewToken() => Base64Url(RandomNumberGenerator.GetBytes(24));

    public static string Base64Url(ReadOnlySpan<byte> bytes)
        => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static string RandomPart() => Base64Url(RandomNumberGenerator.GetBytes(18));
}
