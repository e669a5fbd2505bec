using Azure.Data.Tables;
using Outreach.Local.Tokens;
using Outreach.Storage;

namespace Outreach.IntegrationTests.Privacy;

/// <summary>Looks at a test user's partition straight in storage, past the API and its erase gate.</summary>
public static class ErasePartition
{
    public static string Of(string userName) => new Auth.UserId(DevelopmentUsers.TenantId, DevelopmentUsers.ObjectIdFor(userName)).PartitionKey;

    public static async Task<int> CountAsync(string connectionString, string userName, string? prefix = null)
    {
        var table = new TableServiceClient(connectionString).GetTableClient(OutreachTable.TableName);
        var partition = Of(userName);
        var filter = prefix is null
            ? TableClient.CreateQueryFilter($"PartitionKey eq {partition}")
            : TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {prefix} and RowKey lt {RowKeys.PrefixEnd(prefix)}");
        var count = 0;
        await foreach (var _ in table.QueryAsync<TableEntity>(filter, maxPerPage: 1000, select: ["RowKey"]))
        {
            count++;
        }

        return count;
    }

    /// <summary>A Connections.csv of <paramref name="people"/> people, every other one with an address.</summary>
    public static string Network(int people, string tag)
    {
        var csv = new Api.LinkedInCsv();
        for (var i = 0; i < people; i++)
        {
            csv.Add($"First{i}", $"{tag}{i}", i % 2 == 0 ? $"p{i}@{tag}.example" : null, url: $"https://www.linkedin.com/in/{tag}-{i}");
        }

        return csv.ToString();
    }

    public static async Task WaitDoneAsync(Api.ApiClient api)
        => await MailFlow.Eventually.ThatAsync(() => api.GetOkAsync("api/me/erase"), s => s["state"]!.GetValue<string>() == "done", "the erase to finish", TimeSpan.FromSeconds(180));
}
