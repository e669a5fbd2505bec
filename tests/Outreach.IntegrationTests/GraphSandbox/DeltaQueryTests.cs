using Microsoft.Graph;
using Microsoft.Graph.Me.MailFolders.Item.Messages.Delta;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Outreach.GraphSandbox;
using Outreach.GraphSandbox.Mail;
using Sandbox = Outreach.GraphSandbox.GraphSandbox;

namespace Outreach.IntegrationTests.GraphSandbox;

public sealed class DeltaQueryTests
{
    private const string Oid = "3f2a9c1e-7b4d-4e8a-9c0b-1d2e3f4a5b6c";
    private static readonly DateTimeOffset Start = new(2024, 5, 6, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task DeltaPagesFollowMaxPageSizeAndKeepTheFirstRequestsSelect()
    {
        await using var sandbox = await Sandbox.StartAsync(new GraphSandboxOptions { Port = 0 });
        for (var i = 0; i < 23; i++)
        {
            sandbox.Mail.Receive(Oid, $"person{i}@example.com", subject: $"Hello {i}", at: Start.AddMinutes(i));
        }

        var client = SandboxGraphClient.Create(sandbox.BaseUrl, Oid);
        var (items, pages, deltaLink) = await SyncAsync(client, "inbox", pageSize: 5, select: ["subject", "from"]);

        Assert.Equal(5, pages);
        Assert.Equal(23, items.Count);
        Assert.Equal(23, items.Select(m => m.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.All(items, m =>
        {
            Assert.StartsWith("Hello ", m.Subject, StringComparison.Ordinal);
            Assert.NotNull(m.From?.EmailAddress?.Address);
            Assert.Null(m.ToRecipients);
            Assert.Null(m.ReceivedDateTime);
        });
        Assert.NotNull(deltaLink);

        var requests = sandbox.Log.Requests;
        Assert.Equal(5, requests.Count);
        Assert.Contains("$select=subject,from", requests[0].PathAndQuery, StringComparison.Ordinal);
        Assert.All(requests.Skip(1), r => Assert.Contains("$skiptoken=", r.PathAndQuery, StringComparison.Ordinal));
        Assert.All(requests, r => Assert.True(r.ImmutableIdPreferred));
    }

    [Fact]
    public async Task DeltaLinkReturnsOnlyNewMessagesAndRemovalsAfterAMove()
    {
        await using var sandbox = await Sandbox.StartAsync(new GraphSandboxOptions { Port = 0 });
        var old = Enumerable.Range(0, 3).Select(i => sandbox.Mail.Receive(Oid, $"old{i}@example.com", subject: $"Old {i}", at: Start.AddDays(-i))).ToList();
        var client = SandboxGraphClient.Create(sandbox.BaseUrl, Oid);
        var (_, _, inboxLink) = await SyncAsync(client, "inbox", pageSize: 10, select: ["subject"]);
        var (archived, _, archiveLink) = await SyncAsync(client, SandboxFolders.Archive, pageSize: 10, select: ["subject"]);
        Assert.Empty(archived);

        var fresh = sandbox.Mail.Receive(Oid, "new@example.com", subject: "New one");
        var moved = sandbox.Mail.Move(Oid, old[1].Id, SandboxFolders.Archive);

        var inbox = await client.Me.MailFolders["inbox"].Messages.Delta.WithUrl(inboxLink!).GetAsDeltaGetResponseAsync(Prefer(10));
        Assert.Equal(2, inbox!.Value!.Count);
        Assert.Equal(fresh.Id, inbox.Value[0].Id);
        Assert.Equal("New one", inbox.Value[0].Subject);
        Assert.Equal(old[1].Id, inbox.Value[1].Id);
        Assert.True(inbox.Value[1].AdditionalData.ContainsKey("@removed"));
        Assert.NotNull(inbox.OdataDeltaLink);

        // The id survives the move: the archive's delta reports the same id, added.
        var archive = await client.Me.MailFolders["archive"].Messages.Delta.WithUrl(archiveLink!).GetAsDeltaGetResponseAsync(Prefer(10));
        var arrived = Assert.Single(archive!.Value!);
        Assert.Equal(moved.Id, arrived.Id);
        Assert.Equal(old[1].Id, arrived.Id);
        Assert.Equal("Old 1", arrived.Subject);

        // Nothing happened since: the new delta link returns nothing.
        var quiet = await client.Me.MailFolders["inbox"].Messages.Delta.WithUrl(inbox.OdataDeltaLink!).GetAsDeltaGetResponseAsync(Prefer(10));
        Assert.Empty(quiet!.Value!);
    }

    [Fact]
    public async Task ExpiredDeltaTokenAnswers410SyncStateNotFound()
    {
        await using var sandbox = await Sandbox.StartAsync(new GraphSandboxOptions { Port = 0 });
        for (var i = 0; i < 4; i++)
        {
            sandbox.Mail.SendAsUser(Oid, [$"friend{i}@example.com"], subject: $"Hi {i}");
        }

        var client = SandboxGraphClient.Create(sandbox.BaseUrl, Oid);
        var first = await client.Me.MailFolders["sentitems"].Messages.Delta.GetAsDeltaGetResponseAsync(Prefer(2));
        var (_, _, deltaLink) = await SyncAsync(client, "sentitems", pageSize: 10, select: ["subject"]);

        sandbox.Faults.ExpireDeltaTokens(Oid, "sentitems");

        var expired = await Assert.ThrowsAsync<ODataError>(() => client.Me.MailFolders["sentitems"].Messages.Delta.WithUrl(deltaLink!).GetAsDeltaGetResponseAsync(Prefer(10)));
        Assert.Equal(410, expired.ResponseStatusCode);
        Assert.Equal("SyncStateNotFound", expired.Error?.Code);

        // A next link issued before the expiry is dead too; a fresh round works.
        var staleNext = await Assert.ThrowsAsync<ODataError>(() => client.Me.MailFolders["sentitems"].Messages.Delta.WithUrl(first!.OdataNextLink!).GetAsDeltaGetResponseAsync(Prefer(2)));
        Assert.Equal(410, staleNext.ResponseStatusCode);
        var (again, _, _) = await SyncAsync(client, "sentitems", pageSize: 10, select: ["subject"]);
        Assert.Equal(4, again.Count);
    }

    private static Action<Microsoft.Kiota.Abstractions.RequestConfiguration<DeltaRequestBuilder.DeltaRequestBuilderGetQueryParameters>> Prefer(int pageSize) => rc =>
    {
        rc.Headers.Add("Prefer", $"odata.maxpagesize={pageSize}");
        SandboxGraphClient.PreferImmutableIds(rc.Headers);
    };

    /// <summary>A full round: first request with $select, then next links (Prefer sent again each time, as Graph requires).</summary>
    private static async Task<(List<Message> Items, int Pages, string? DeltaLink)> SyncAsync(GraphServiceClient client, string folder, int pageSize, string[] select)
    {
        var delta = client.Me.MailFolders[folder].Messages.Delta;
        var page = await delta.GetAsDeltaGetResponseAsync(rc =>
        {
            rc.QueryParameters.Select = select;
            Prefer(pageSize)(rc);
        });
        var items = new List<Message>(page!.Value!);
        var pages = 1;
        while (page.OdataNextLink is { } next)
        {
            page = await delta.WithUrl(next).GetAsDeltaGetResponseAsync(Prefer(pageSize));
            items.AddRange(page!.Value!);
            pages++;
        }

        return (items, pages, page.OdataDeltaLink);
    }
}
