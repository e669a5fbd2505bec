namespace Outreach.Mail.Linker;

/// <summary>
/// Rows of one partition waiting to be written, sent in full transactions of 100 as they fill and the
/// rest on <see cref="FlushAsync"/>. A later write of the same row replaces the waiting one, so no
/// transaction touches a row twice.
/// </summary>
public sealed class RowBuffer(TableClient client)
{
    public const int TransactionSize = 100;

    private readonly Dictionary<string, TableTransactionAction> _waiting = new(StringComparer.Ordinal);

    public void Put(ITableEntity entity)
        => _waiting[entity.RowKey] = new TableTransactionAction(TableTransactionActionType.UpsertReplace, entity);

    /// <summary>Deletes a row that is stored; one only waiting here is simply not written.</summary>
    public void Delete(string partitionKey, string rowKey, bool stored)
    {
        _waiting.Remove(rowKey);
        if (stored)
        {
            _waiting[rowKey] = new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(partitionKey, rowKey), ETag.All);
        }
    }

    /// <summary>True when the row is still waiting here (not yet written).</summary>
    public bool IsWaiting(string rowKey) => _waiting.ContainsKey(rowKey);

    /// <summary>Writes every full transaction's worth of rows.</summary>
    public async Task WriteFullAsync(CancellationToken cancellationToken)
    {
        while (_waiting.Count >= TransactionSize)
        {
            await WriteAsync(_waiting.Keys.Take(TransactionSize).ToList(), cancellationToken);
        }
    }

    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        await WriteFullAsync(cancellationToken);
        if (_waiting.Count > 0)
        {
            await WriteAsync(_waiting.Keys.ToList(), cancellationToken);
        }
    }

    private async Task WriteAsync(List<string> keys, CancellationToken cancellationToken)
    {
        await client.SubmitTransactionAsync(keys.Select(key => _waiting[key]).ToList(), cancellationToken);
        foreach (var key in keys)
        {
            _waiting.Remove(key);
        }
    }
}
