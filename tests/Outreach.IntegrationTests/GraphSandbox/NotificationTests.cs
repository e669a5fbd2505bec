using Microsoft.Graph;
using Outreach.GraphSandbox;
using Outreach.GraphSandbox.Faults;
using Outreach.GraphSandbox.Log;
using Outreach.GraphSandbox.Subscriptions;
using Sandbox = Outreach.GraphSandbox.GraphSandbox;

namespace Outreach.IntegrationTests.GraphSandbox;

public sealed class NotificationTests
{
    private const string Oid = "8c9d0e1f-2a3b-4c4d-8e5f-6a7b8c9d0e1f";

    [Fact]
    public async Task SentMessageIsNotifiedWithClientStateAndCanBeFetched()
    {
        await using var sandbox = await Sandbox.StartAsync(new GraphSandboxOptions { Port = 0 });
        await using var listener = await WebhookListener.StartAsync();
        var client = SandboxGraphClient.Create(sandbox.BaseUrl, Oid);
        var subscription = await SubscribeAsync(client, listener);

        var sent = sandbox.Mail.SendAsUser(Oid, ["jane@example.com"], subject: "Hello Jane");
        var notification = Assert.Single(await listener.WaitForNotificationsAsync(1));

        Assert.Equal(subscription, notification["subscriptionId"]!.GetValue<string>());
        Assert.Equal("secret-state", notification["clientState"]!.GetValue<string>());
        Assert.Equal("created", notification["changeType"]!.GetValue<string>());
        Assert.Equal($"Users/{Oid}/Messages/{sent.Id}", notification["resource"]!.GetValue<string>());
        Assert.Equal(sent.Id, notification["resourceData"]!["id"]!.GetValue<string>());
        Assert.Equal("#Microsoft.Graph.Message", notification["resourceData"]!["@odata.type"]!.GetValue<string>());
        Assert.Equal(FakeGraphToken.TenantId, notification["tenantId"]!.GetValue<string>());

        var fetched = await client.Me.Messages[notification["resourceData"]!["id"]!.GetValue<string>()].GetAsync();
        Assert.Equal("Hello Jane", fetched!.Subject);
        var delivery = await sandbox.Log.WaitForDeliveryAsync(d => d.Kind == DeliveryKind.Notification, TimeSpan.FromSeconds(30));
        Assert.Equal(202, delivery.Status);
        Assert.Equal(sent.Id, delivery.MessageId);
    }

    [Fact]
    public async Task MailInAnUnwatchedFolderIsNotNotified()
    {
        await using var sandbox = await Sandbox.StartAsync(new GraphSandboxOptions { Port = 0 });
        await using var listener = await WebhookListener.StartAsync();
        var client = SandboxGraphClient.Create(sandbox.BaseUrl, Oid);
        await SubscribeAsync(client, listener);

        sandbox.Mail.Receive(Oid, "jane@example.com", subject: "Inbox, not watched");
        await sandbox.Notifications.FlushAsync();

        Assert.Empty(listener.Notifications);
    }

    [Fact]
    public async Task MessageMovedIntoAWatchedFolderIsNotifiedUnderItsId()
    {
        await using var sandbox = await Sandbox.StartAsync(new GraphSandboxOptions { Port = 0 });
        await using var listener = await WebhookListener.StartAsync();
        var received = sandbox.Mail.Receive(Oid, "jane@example.com", subject: "Filed away");
        sandbox.Mail.Move(Oid, received.Id, "archive");
        var client = SandboxGraphClient.Create(sandbox.BaseUrl, Oid);
        await client.Subscriptions.PostAsync(SubscriptionTests.NewSubscription(listener, DateTimeOffset.UtcNow.AddDays(1), folder: "inbox"));

        sandbox.Mail.Move(Oid, received.Id, "inbox");
        var notification = Assert.Single(await listener.WaitForNotificationsAsync(1));

        Assert.Equal(received.Id, notification["resourceData"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task ANotificationAnsweredWithAnErrorIsSentAgainAsGraphDoes()
    {
        await using var sandbox = await Sandbox.StartAsync(new GraphSandboxOptions { Port = 0 });
        await using var listener = await WebhookListener.StartAsync();
        var client = SandboxGraphClient.Create(sandbox.BaseUrl, Oid);
        await SubscribeAsync(client, listener);
        listener.FailNextNotifications = 2;

        var sent = sandbox.Mail.SendAsUser(Oid, ["jane@example.com"], subject: "Try again");
        var notifications = await listener.WaitForNotificationsAsync(3);
        await sandbox.Log.WaitForDeliveryAsync(d => d.Kind == DeliveryKind.Notification && d.Status == 202, TimeSpan.FromSeconds(30));

        Assert.All(notifications, n => Assert.Equal(sent.Id, n["resourceData"]!["id"]!.GetValue<string>()));
        Assert.Equal([503, 503, 202], sandbox.Log.Deliveries.Where(d => d.Kind == DeliveryKind.Notification).Select(d => d.Status));
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.Equal(3, listener.Notifications.Count);
    }

    [Fact]
    public async Task DuplicateModePostsEachNotificationKTimes()
    {
        await using var sandbox = await Sandbox.StartAsync(new GraphSandboxOptions { Port = 0 });
        await using var listener = await WebhookListener.StartAsync();
        var client = SandboxGraphClient.Create(sandbox.BaseUrl, Oid);
        await SubscribeAsync(client, listener);
        sandbox.Faults.Notifications = new NotificationFaults { Copies = 3 };

        var sent = sandbox.Mail.SendAsUser(Oid, ["jane@example.com"], subject: "Once");
        var notifications = await listener.WaitForNotificationsAsync(3);

        Assert.Equal(3, notifications.Count);
        Assert.All(notifications, n => Assert.Equal(sent.Id, n["resourceData"]!["id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task ReversedBurstArrivesNewestFirst()
    {
        await using var sandbox = await Sandbox.StartAsync(new GraphSandboxOptions { Port = 0 });
        await using var listener = await WebhookListener.StartAsync();
        var client = SandboxGraphClient.Create(sandbox.BaseUrl, Oid);
        await SubscribeAsync(client, listener);
        sandbox.Faults.Notifications = new NotificationFaults { ReverseBursts = true };

        sandbox.Notifications.Pause();
        var sent = Enumerable.Range(0, 3).Select(i => sandbox.Mail.SendAsUser(Oid, [$"p{i}@example.com"], subject: $"Mail {i}")).ToList();
        Assert.Equal(3, sandbox.Notifications.Pending);
        sandbox.Notifications.Resume();
        var notifications = await listener.WaitForNotificationsAsync(3);

        Assert.Equal(sent.Select(m => m.Id).Reverse(), notifications.Select(n => n["resourceData"]!["id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task LateDeliveryWaitsAndFlushCutsTheWait()
    {
        await using var sandbox = await Sandbox.StartAsync(new GraphSandboxOptions { Port = 0 });
        await using var listener = await WebhookListener.StartAsync();
        var client = SandboxGraphClient.Create(sandbox.BaseUrl, Oid);
        await SubscribeAsync(client, listener);
        sandbox.Faults.Notifications = new NotificationFaults { Delay = TimeSpan.FromSeconds(1) };

        var started = DateTimeOffset.UtcNow;
        sandbox.Mail.SendAsUser(Oid, ["late@example.com"], subject: "Late");
        await listener.WaitForNotificationsAsync(1);
        Assert.True(DateTimeOffset.UtcNow - started >= TimeSpan.FromSeconds(0.95));

        sandbox.Faults.Notifications = new NotificationFaults { Delay = TimeSpan.FromMinutes(5) };
        sandbox.Mail.SendAsUser(Oid, ["later@example.com"], subject: "Much later");
        await sandbox.Notifications.FlushAsync();
        Assert.Equal(2, listener.Notifications.Count);
    }

    [Fact]
    public async Task LifecycleEventsReachTheLifecycleUrlAndRemovalRemoves()
    {
        await using var sandbox = await Sandbox.StartAsync(new GraphSandboxOptions { Port = 0 });
        await using var listener = await WebhookListener.StartAsync();
        var client = SandboxGraphClient.Create(sandbox.BaseUrl, Oid);
        var subscription = await SubscribeAsync(client, listener);

        var reauthorize = await sandbox.Subscriptions.SendLifecycleEventAsync(subscription, LifecycleEvent.ReauthorizationRequired);
        var removed = await sandbox.Subscriptions.SendLifecycleEventAsync(subscription, LifecycleEvent.SubscriptionRemoved);

        Assert.Equal(202, reauthorize.Status);
        Assert.Equal(202, removed.Status);
        Assert.Equal(["reauthorizationRequired", "subscriptionRemoved"], listener.LifecycleNotifications.Select(n => n["lifecycleEvent"]!.GetValue<string>()));
        Assert.All(listener.LifecycleNotifications, n => Assert.Equal("secret-state", n["clientState"]!.GetValue<string>()));
        Assert.Null(sandbox.Subscriptions.Find(subscription));
        sandbox.Mail.SendAsUser(Oid, ["jane@example.com"], subject: "After removal");
        await sandbox.Notifications.FlushAsync();
        Assert.Empty(listener.Notifications);
    }

    private static async Task<string> SubscribeAsync(GraphServiceClient client, WebhookListener listener)
        => (await client.Subscriptions.PostAsync(SubscriptionTests.NewSubscription(listener, DateTimeOffset.UtcNow.AddDays(2))))!.Id!;
}
