using System.Security.Cryptography;
using System.Text;

namespace Outreach.Storage;

/// <summary>
/// Row keys of a user's partition. Kinds are told apart by prefix so each kind is one range:
/// <c>summary</c>, <c>p|{personId}</c>, <c>q{generation}|{order key}</c>, <c>e|{address hash}|{personId}</c>;
/// for mail (see <c>Mail.Linker.MailRows</c>): <c>mailbox</c>, <c>graph-cache</c>, <c>w|</c> (work waiting),
/// <c>m|{personId}|</c> (linked messages), <c>i|</c> (sent index), <c>u|</c> (bounces waiting for their
/// original), <c>c|</c> (correspondents), <c>r|{personId}</c> (replies waiting), <c>rd|{personId}</c> (replies dismissed), <c>lease|</c>.
/// Raw user input (addresses, names, URLs) never goes into a key: it is hashed or folded first.
/// </summary>
public static class RowKeys
{
    public const string Summary = "summary";
    public const string PersonPrefix = "p|";
    public const string EmailPrefix = "e|";

    public static string Person(string personId) => PersonPrefix + personId;

    public static string QueuePrefix(int generation) => $"q{generation:x6}|";

    public static string Queue(int generation, string orderKey) => QueuePrefix(generation) + orderKey;

    public static string EmailIndexPrefix(string normalizedAddress) => $"{EmailPrefix}{Hash(normalizedAddress, 16)}|";

    public static string EmailIndex(string normalizedAddress, string personId) => EmailIndexPrefix(normalizedAddress) + personId;

    /// <summary>The OData filter for every row of the user's partition whose key starts with <paramref name="prefix"/>.</summary>
    public static string Range(Auth.UserId user, string prefix)
        => Azure.Data.Tables.TableClient.CreateQueryFilter(
            $"PartitionKey eq {user.PartitionKey} and RowKey ge {prefix} and RowKey lt {PrefixEnd(prefix)}");

    /// <summary>The smallest key greater than every key that starts with <paramref name="prefix"/>.</summary>
    public static string PrefixEnd(string prefix) => prefix[..^1] + (char)(prefix[^1] + 1);

    /// <summary>Lower-case hex of the first <paramref name="bytes"/> bytes of SHA-256.</summary>
    public static string Hash(string value, int bytes)
        => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)).AsSpan(0, bytes));

    /// <summary>Person ids are hex, so they can be validated before they come near a key.</summary>
    public static bool IsValidPersonId(string? id)
        => id is { Length: 24 } && id.All(char.IsAsciiHexDigitLower);
}
