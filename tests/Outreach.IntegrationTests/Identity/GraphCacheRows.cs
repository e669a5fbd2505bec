using Azure.Data.Tables;
using Outreach.Auth;
using Outreach.Mail.Graph;
using Outreach.Storage;

namespace Outreach.IntegrationTests.Identity;

/// <summary>Direct access to a user's <c>graph-cache</c> row, to look at it or damage it.</summary>
internal static class GraphCacheRows
{
    public static async Task<TableEntity?> FindAsync(LocalHostFixture fixture, UserId user)
    {
        var response = await Table(fixture).GetEntityIfExistsAsync<TableEntity>(user.PartitionKey, GraphTokenCacheStore.RowKey);
        return response.HasValue ? response.Value : null;
    }

    public static async Task ReplaceAsync(LocalHostFixture fixture, TableEntity entity)
        => await Table(fixture).UpdateEntityAsync(entity, entity.ETag, TableUpdateMode.Replace);

    private static TableClient Table(LocalHostFixture fixture) => fixture.Storage.Tables().GetTableClient(OutreachTable.TableName);
}
