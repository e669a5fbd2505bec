using System.Security.Cryptography;
using System.Text;

namespace Outreach.Mail.Subscriptions;

/// <summary>
/// The subscription → user index the webhooks read; the only rows outside a user's partition. Reads go
/// through <see cref="SubscriptionCache"/>, so a notification for a known subscription costs no storage.
/// </summary>
public sealed class SubscriptionIndex(TableServiceClient service, SubscriptionCache cache) : TableOnFirstUse(service, SubscriptionIndex.TableName)
{
    public const string TableName = "OutreachSubscriptions";

    // Subscription ids are GUIDs, so this partition cannot meet one.
    private const string MailboxesPartition = "mailboxes";

    public async Task<SubscriptionEntity?> FindAsync(string subscriptionId, CancellationToken cancellationToken)
        => IsPossibleId(subscriptionId)
            ? await cache.GetOrReadAsync(subscriptionId, ReadAsync).WaitAsync(cancellationToken)
            : null;

    /// <summary>The subscriptions behind <paramref name="subscriptionIds"/>, unknown ones read in parallel.</summary>
    public async Task<IReadOnlyDictionary<string, SubscriptionEntity?>> FindAllAsync(IEnumerable<string> subscriptionIds, CancellationToken cancellationToken)
    {
        var ids = subscriptionIds.Distinct(StringComparer.Ordinal).ToList();
        var rows = await Task.WhenAll(ids.Select(id => FindAsync(id, cancellationToken)));
        return ids.Zip(rows).ToDictionary(pair => pair.First, pair => pair.Second, StringComparer.Ordinal);
    }

    public static bool IsPossibleId(string? subscriptionId)
        => !string.IsNullOrWhiteSpace(subscriptionId) && subscriptionId.Length <= 200 && !subscriptionId.Any(c => c is '/' or '\\' or '#' or '?' || char.IsControl(c));

    // Not cancelled with the caller: other notifications may be waiting for the same read.
    private async Task<SubscriptionEntity?> ReadAsync(string subscriptionId)
    {
        var table = await GetClientAsync(CancellationToken.None);
        var row = await table.GetEntityIfExistsAsync<SubscriptionEntity>(subscriptionId, string.Empty);
        return row.HasValue ? row.Value : null;
    }

    public async Task SaveAsync(UserId user, string subscriptionId, string folder, string clientState, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        var table = await GetClientAsync(cancellationToken);
        var subscription = new SubscriptionEntity
        {
            PartitionKey = subscriptionId,
            RowKey = string.Empty,
            UserPartition = user.PartitionKey,
            Folder = folder,
            ClientStateHash = Hash(clientState),
            ExpiresAt = expiresAt,
        };
        await table.UpsertEntityAsync(subscription, TableUpdateMode.Replace, cancellationToken);
        cache.Remember(subscription);
    }

    public async Task DeleteAsync(string subscriptionId, CancellationToken cancellationToken)
    {
        cache.Forget(subscriptionId);
        var table = await GetClientAsync(cancellationToken);
        await table.DeleteEntityAsync(subscriptionId, string.Empty, ETag.All, cancellationToken);
    }

    /// <summary>Connected mailboxes are listed under one partition, so the timer can visit each.</summary>
    public async Task RegisterMailboxAsync(UserId user, bool connected, CancellationToken cancellationToken)
    {
        var table = await GetClientAsync(cancellationToken);
        if (connected)
        {
            await table.UpsertEntityAsync(new TableEntity(MailboxesPartition, user.PartitionKey), TableUpdateMode.Replace, cancellationToken);
        }
        else
        {
            await table.DeleteEntityAsync(MailboxesPartition, user.PartitionKey, ETag.All, cancellationToken);
        }
    }

    public async IAsyncEnumerable<UserId> ConnectedMailboxesAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var table = await GetClientAsync(cancellationToken);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {MailboxesPartition}");
        await foreach (var row in table.QueryAsync<TableEntity>(filter, maxPerPage: 1000, select: ["RowKey"], cancellationToken: cancellationToken))
        {
            yield return UserId.FromPartitionKey(row.RowKey);
        }
    }

    /// <summary>Constant-time comparison, so the check does not leak how much of a guess was right.</summary>
    public static bool Matches(SubscriptionEntity subscription, string? clientState)
        => clientState is { Length: > 0 and <= 128 }
            && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(clientState)), Encoding.ASCII.GetBytes(subscription.ClientStateHash));

    public static string Hash(string clientState) => RowKeys.Hash(clientState, SHA256.HashSizeInBytes);
}
