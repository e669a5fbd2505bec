using System.Text.RegularExpressions;
using Outreach.GraphSandbox.Mail;

namespace Outreach.GraphSandbox.Subscriptions;

/// <summary>
/// Reads a subscription's <c>resource</c>: <c>me/messages</c>, <c>me/mailFolders('inbox')/messages</c>,
/// <c>me/mailFolders/inbox/messages</c>, or the same under <c>users/{id}</c>.
/// </summary>
internal static partial class SubscriptionResource
{
    /// <summary>The user segment (null for <c>me</c>) and folder (null for all messages), or null when unsupported.</summary>
    public static (string? User, string? Folder)? Parse(string resource)
    {
        var match = Pattern().Match(resource);
        if (!match.Success)
        {
            return null;
        }

        var user = match.Groups["user"].Success ? match.Groups["user"].Value : null;
        var folder = match.Groups["folder"].Success ? match.Groups["folder"].Value : null;
        return (user, folder);
    }

    /// <summary>Whether a <c>users/{id}</c> segment names the caller: their oid or mailbox address.</summary>
    public static bool IsCaller(string user, string objectId, SandboxAddress owner)
        => user.Equals(objectId, StringComparison.OrdinalIgnoreCase) || user.Equals(owner.Address, StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"^/?(?:me|users/(?<user>[^/]+))(?:/mailFolders(?:\('(?<folder>[^']+)'\)|/(?<folder>[^/]+)))?/messages/?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
