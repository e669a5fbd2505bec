namespace Outreach.Auth;

/// <summary>
/// The signed-in user as the validated token names them: Entra tenant id + object id.
/// It is the only source of a storage partition, so one user's rows can never be addressed by another.
/// </summary>
public readonly record struct UserId(Guid TenantId, Guid ObjectId)
{
    public string PartitionKey => $"{TenantId:N}{ObjectId:N}";

    public override string ToString() => $"{TenantId}/{ObjectId}";

    /// <summary>Reads a partition key back, for background work that was queued by a validated request.</summary>
    public static UserId FromPartitionKey(string partitionKey)
        => partitionKey is { Length: 64 }
            && Guid.TryParseExact(partitionKey[..32], "N", out var tenant)
            && Guid.TryParseExact(partitionKey[32..], "N", out var objectId)
                ? new UserId(tenant, objectId)
                : throw new FormatException("Not a user partition key.");
}
