using System.Globalization;
using System.Text;

namespace Outreach.Mail.Graph;

/// <summary>
/// One user's MSAL token cache, encrypted, in the row <c>graph-cache</c> of the user's partition. Table
/// storage caps a binary property at 64 KiB, so the ciphertext is split over <c>Data0</c>, <c>Data1</c>, ...
/// </summary>
public sealed class GraphTokenCacheStore(OutreachTable table, TokenCacheCipher cipher)
{
    public const string RowKey = "graph-cache";

    private const int Format = 1;
    private const int ChunkSize = 64 * 1024;

    // An entity holds at most 1 MiB; 15 chunks leave room for the other properties.
    private const int MaxChunks = 15;

    /// <summary>The decrypted cache, or null when the user has none.</summary>
    /// <exception cref="TokenCacheUnreadableException">A row exists but cannot be decrypted.</exception>
    public async Task<byte[]?> ReadAsync(string partitionKey, CancellationToken cancellationToken)
    {
        var client = await table.GetClientAsync(cancellationToken);
        var response = await client.GetEntityIfExistsAsync<TableEntity>(partitionKey, RowKey, cancellationToken: cancellationToken);
        return response.HasValue ? cipher.Open(Unpack(response.Value!), AssociatedData(partitionKey)) : null;
    }

    public async Task WriteAsync(string partitionKey, byte[] cache, CancellationToken cancellationToken)
    {
        var sealedCache = cipher.Seal(cache, AssociatedData(partitionKey));
        var chunks = sealedCache.Data.Chunk(ChunkSize).ToList();
        if (chunks.Count > MaxChunks)
        {
            throw new InvalidOperationException($"The Graph token cache of one user has grown to {sealedCache.Data.Length} bytes, more than a table row holds.");
        }

        var entity = new TableEntity(partitionKey, RowKey)
        {
            ["Format"] = Format,
            ["KeyId"] = sealedCache.KeyId,
            ["Nonce"] = sealedCache.Nonce,
            ["Chunks"] = chunks.Count,
        };
        for (var i = 0; i < chunks.Count; i++)
        {
            entity[DataProperty(i)] = chunks[i];
        }

        // Replace, last writer wins: two instances refreshing at once both hold valid tokens, and an
        // older refresh token stays usable after a newer one is issued.
        var client = await table.GetClientAsync(cancellationToken);
        await client.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
    }

    public async Task DeleteAsync(string partitionKey, CancellationToken cancellationToken)
    {
        var client = await table.GetClientAsync(cancellationToken);
        try
        {
            await client.DeleteEntityAsync(partitionKey, RowKey, ETag.All, cancellationToken);
        }
        catch (RequestFailedException exception) when (exception.Status == 404)
        {
            // Already gone.
        }
    }

    /// <summary>Binds the ciphertext to its row: a cache copied into another user's partition does not decrypt.</summary>
    private static byte[] AssociatedData(string partitionKey) => Encoding.UTF8.GetBytes($"{partitionKey}/{RowKey}/{Format}");

    private static string DataProperty(int index) => "Data" + index.ToString(CultureInfo.InvariantCulture);

    private static SealedTokenCache Unpack(TableEntity entity)
    {
        if (entity.GetInt32("Format") != Format
            || entity.GetString("KeyId") is not { Length: > 0 } keyId
            || entity.GetBinary("Nonce") is not { } nonce
            || entity.GetInt32("Chunks") is not int chunks
            || chunks is <= 0 or > MaxChunks)
        {
            throw new TokenCacheUnreadableException("the row is not in the expected format");
        }

        using var data = new MemoryStream();
        for (var i = 0; i < chunks; i++)
        {
            var chunk = entity.GetBinary(DataProperty(i)) ?? throw new TokenCacheUnreadableException($"part {i} of {chunks} is missing");
            data.Write(chunk);
        }

        return new SealedTokenCache(keyId, nonce, data.ToArray());
    }
}
