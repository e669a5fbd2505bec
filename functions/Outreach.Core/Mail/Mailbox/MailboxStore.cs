namespace Outreach.Mail.Mailbox;

/// <summary>
/// Reads the mailbox row and changes parts of it. The linker and the sync each merge only the
/// properties they own, so neither overwrites the other's news.
/// </summary>
public sealed class MailboxStore(OutreachTable table)
{
    public async Task<MailboxEntity?> FindAsync(UserId user, CancellationToken cancellationToken)
    {
        var client = await table.GetClientAsync(cancellationToken);
        var row = await client.GetEntityIfExistsAsync<MailboxEntity>(user.PartitionKey, MailboxEntity.Key, cancellationToken: cancellationToken);
        return row.HasValue ? row.Value : null;
    }

    public async Task MergeAsync(UserId user, IDictionary<string, object?> properties, CancellationToken cancellationToken)
    {
        var client = await table.GetClientAsync(cancellationToken);
        var entity = new TableEntity(user.PartitionKey, MailboxEntity.Key);
        foreach (var (name, value) in properties)
        {
            entity[name] = value;
        }

        await client.UpsertEntityAsync(entity, TableUpdateMode.Merge, cancellationToken);
    }

    public async Task SaveAsync(MailboxEntity mailbox, CancellationToken cancellationToken)
    {
        var client = await table.GetClientAsync(cancellationToken);
        await client.UpsertEntityAsync(mailbox, TableUpdateMode.Replace, cancellationToken);
    }

    public static Dictionary<string, object?> SyncFields(MailboxEntity mailbox) => new()
    {
        [nameof(MailboxEntity.FoldersJson)] = mailbox.FoldersJson,
        // Empty rather than null: a merge leaves out null properties, so null could never clear a problem.
        [nameof(MailboxEntity.SubscriptionProblem)] = mailbox.SubscriptionProblem ?? string.Empty,
        [nameof(MailboxEntity.ReconnectNeeded)] = mailbox.ReconnectNeeded,
        [nameof(MailboxEntity.ReconnectReason)] = mailbox.ReconnectReason ?? string.Empty,
    };
}
