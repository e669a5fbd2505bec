namespace Outreach.Auth;

/// <summary>
/// The signed-in user as the validated token names them: Entra tenant id + object id.
/// It is the only source of a storage partition, so one user's rows can never be addressed by another.
/// </summary>
public readonly record struct UserId(Guid TenantId, Guid ObjectId)
{
    public string PartitionKey => $"{TenantId:N}{ObjectId:N}";

    public override string ToString() => $"{TenantId}/{ObjectId}";
}
