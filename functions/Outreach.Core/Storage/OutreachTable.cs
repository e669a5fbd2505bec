namespace Outreach.Storage;

/// <summary>
/// The one table that holds every user's rows, one partition per user, so that a person, their queue
/// row and the user's summary can change together in one transaction.
/// </summary>
public sealed class OutreachTable(TableServiceClient service, MissingTables missing) : TableOnFirstUse(service, TableName, missing)
{
    public const string TableName = "Outreach";
}
