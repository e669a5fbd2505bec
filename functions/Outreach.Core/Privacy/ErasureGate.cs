
namespace Outreach.Privacy;

/// <summary>
/// The erase check of a request that does not read the summary row itself (see <see cref="ErasureCheck"/>):
/// while the user's erase runs, reads see nothing (404) and writes are refused (409). One point read of
/// one property of the summary row.
/// </summary>
public sealed class ErasureGate(OutreachTable table)
{
    public async Task CheckAsync(UserId user, string method, CancellationToken cancellationToken)
    {
        if (await IsErasingAsync(user, cancellationToken))
        {
            throw method is "GET" or "HEAD" ? EraseTombstone.NothingToRead() : EraseTombstone.InProgress();
        }
    }

    public async Task<bool> IsErasingAsync(UserId user, CancellationToken cancellationToken)
    {
        var client = await table.GetClientAsync(cancellationToken);
        var row = await client.GetEntityIfExistsAsync<TableEntity>(user.PartitionKey, RowKeys.Summary, [EraseTombstone.Property], cancellationToken);
        return row.HasValue && EraseTombstone.Marks(row.Value);
    }
}
