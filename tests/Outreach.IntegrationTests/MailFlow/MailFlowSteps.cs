using Azure.Data.Tables;
using Azure.Storage.Queues;
using Microsoft.Extensions.DependencyInjection;
using Outreach.Local.Tokens;
using Outreach.Storage;

namespace Outreach.IntegrationTests.MailFlow;

/// <summary>Small steps the mail tests share: set up a network, connect, wait for the linker to finish.</summary>
public static class MailFlowSteps
{
    public static readonly DateOnly Deadline = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(90);

    public static async Task<JsonObject> StartAsync(MailFlowFixture fixture, MailUser user, params (string First, string Last, string? Email)[] people)
    {
        var csv = new LinkedInCsv();
        foreach (var (first, last, email) in people)
        {
            csv.Add(first, last, email);
        }

        await user.Api.ImportOkAsync(csv.ToString());
        await user.Api.PutOkAsync("api/plan", new { deadline = Deadline, order = "byName", weekdaysOnly = false });
        var mailbox = await user.Api.PostOkAsync("api/mailbox/connect");
        await IdleAsync(fixture, user);
        return mailbox;
    }

    /// <summary>
    /// Waits until every notification was delivered, the backfill ran, and no linker work is left in the
    /// user's partition — the moment to assert that something did NOT happen.
    /// </summary>
    public static async Task IdleAsync(MailFlowFixture fixture, MailUser user, DateTimeOffset? syncedAfter = null)
    {
        await fixture.Sandbox.Notifications.FlushAsync();
        var table = await fixture.Host.Services.GetRequiredService<OutreachTable>().GetClientAsync(CancellationToken.None);
        var partition = new Auth.UserId(DevelopmentUsers.TenantId, Guid.Parse(user.Mailbox)).PartitionKey;
        var notifications = fixture.Host.Services.GetRequiredService<QueueServiceClient>().GetQueueClient(Mail.MailQueues.Notifications);
        await Eventually.ThatAsync(
            async () =>
            {
                var busy = 0;
                var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and ((RowKey ge {"w|"} and RowKey lt {"w}"}) or (RowKey ge {"lease|"} and RowKey lt {"lease}"}))");
                await foreach (var _ in table.QueryAsync<TableEntity>(filter))
                {
                    busy++;
                }

                // Accepted notifications wait on a queue before they become work rows.
                var queued = (await notifications.GetPropertiesAsync()).Value.ApproximateMessagesCount;
                var mailbox = await user.Api.GetOkAsync("api/mailbox");
                var synced = mailbox["folders"]!.AsObject().All(f =>
                    f.Value!["syncState"]!.GetValue<string>() is "synced" or "failed"
                    && (syncedAfter is null || f.Value["lastSyncAt"]?.GetValue<DateTimeOffset>() > syncedAfter));
                return busy == 0 && queued == 0 && synced;
            },
            idle => idle,
            "the linker and the sync to finish");
    }

    /// <summary>Linker work rows waiting in the user's partition right now.</summary>
    public static async Task<int> WaitingWorkAsync(MailFlowFixture fixture, MailUser user)
    {
        var table = await fixture.Host.Services.GetRequiredService<OutreachTable>().GetClientAsync(CancellationToken.None);
        var partition = new Auth.UserId(DevelopmentUsers.TenantId, Guid.Parse(user.Mailbox)).PartitionKey;
        var count = 0;
        await foreach (var _ in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {"w|"} and RowKey lt {"w}"}")))
        {
            count++;
        }

        return count;
    }

    public static async Task<JsonObject> PersonAsync(MailUser user, string email)
        => await user.Api.GetOkAsync($"api/people/lookup?email={Uri.EscapeDataString(email)}");

    public static async Task<JsonObject> PersonWhenAsync(MailUser user, string email, Func<JsonObject, bool> done, string what)
        => await Eventually.ThatAsync(() => PersonAsync(user, email), done, what);
}
