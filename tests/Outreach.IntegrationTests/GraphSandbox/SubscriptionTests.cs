using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Outreach.GraphSandbox;
using Outreach.GraphSandbox.Log;
using Sandbox = Outreach.GraphSandbox.GraphSandbox;

namespace Outreach.IntegrationTests.GraphSandbox;

public sealed class SubscriptionTests
{
    private const string Oid = "7b8c9d0e-1f2a-4b3c-9d4e-5f6a7b8c9d0e";

    [Fact]
    public async Task CreateValidatesBothUrlsThenRenewListAndDelete()
    {
        await using var sandbox = await Sandbox.StartAsync(new GraphSandboxOptions { Port = 0 });
        await using var listener = await WebhookListener.StartAsync();
        var client = SandboxGraphClient.Create(sandbox.BaseUrl, Oid);

        var created = await client.Subscriptions.PostAsync(NewSubscription(listener, DateTimeOffset.UtcNow.AddDays(2)), rc => SandboxGraphClient.PreferImmutableIds(rc.Headers));

        Assert.False(string.IsNullOrEmpty(created!.Id));
        Assert.Equal("secret-state", created.ClientState);
        Assert.Equal(listener.NotificationUrl, created.NotificationUrl);
        var handshakes = sandbox.Log.Deliveries.Where(d => d.Kind == DeliveryKind.Validation).ToList();
        Assert.Equal([listener.NotificationUrl, listener.LifecycleUrl], handshakes.Select(h => h.Url));
        Assert.All(handshakes, h => Assert.Equal(200, h.Status));
        Assert.All(handshakes, h => Assert.Null(h.Error));

        var newExpiry = DateTimeOffset.UtcNow.AddDays(6);
        var renewed = await client.Subscriptions[created.Id].PatchAsync(new Subscription { ExpirationDateTime = newExpiry });
        Assert.Equal(newExpiry, renewed!.ExpirationDateTime!.Value, TimeSpan.FromMilliseconds(1));

        var listed = await client.Subscriptions.GetAsync();
        Assert.Equal(created.Id, Assert.Single(listed!.Value!).Id);
        await client.Subscriptions[created.Id].Reauthorize.PostAsync();

        await client.Subscriptions[created.Id].DeleteAsync();
        var gone = await Assert.ThrowsAsync<ODataError>(() => client.Subscriptions[created.Id].GetAsync());
        Assert.Equal(404, gone.ResponseStatusCode);
        Assert.Empty(sandbox.Subscriptions.All());
    }

    [Fact]
    public async Task CreateFailsWhenTheWebhookEchoesAnotherToken()
    {
        await using var sandbox = await Sandbox.StartAsync(new GraphSandboxOptions { Port = 0 });
        await using var listener = await WebhookListener.StartAsync();
        listener.AnswerWrongToken = true;
        var client = SandboxGraphClient.Create(sandbox.BaseUrl, Oid);

        var error = await Assert.ThrowsAsync<ODataError>(() => client.Subscriptions.PostAsync(NewSubscription(listener, DateTimeOffset.UtcNow.AddDays(1))));

        Assert.Equal(400, error.ResponseStatusCode);
        Assert.Equal("ValidationError", error.Error?.Code);
        Assert.Empty(sandbox.Subscriptions.All());
        Assert.NotNull(Assert.Single(sandbox.Log.Deliveries).Error);
    }

    [Fact]
    public async Task CreateFailsWhenTheHandshakeIsTooSlow()
    {
        await using var sandbox = await Sandbox.StartAsync(new GraphSandboxOptions { Port = 0, ValidationTimeout = TimeSpan.FromMilliseconds(300) });
        await using var listener = await WebhookListener.StartAsync();
        listener.HandshakeDelay = TimeSpan.FromSeconds(2);
        var client = SandboxGraphClient.Create(sandbox.BaseUrl, Oid);

        var error = await Assert.ThrowsAsync<ODataError>(() => client.Subscriptions.PostAsync(NewSubscription(listener, DateTimeOffset.UtcNow.AddDays(1))));

        Assert.Equal("ValidationError", error.Error?.Code);
        Assert.Null(Assert.Single(sandbox.Log.Deliveries).Status);
    }

    [Fact]
    public async Task ExpiryBeyondTenThousandEightyMinutesIsRefused()
    {
        await using var sandbox = await Sandbox.StartAsync(new GraphSandboxOptions { Port = 0 });
        await using var listener = await WebhookListener.StartAsync();
        var client = SandboxGraphClient.Create(sandbox.BaseUrl, Oid);

        var error = await Assert.ThrowsAsync<ODataError>(() => client.Subscriptions.PostAsync(NewSubscription(listener, DateTimeOffset.UtcNow.AddMinutes(10_081))));

        Assert.Equal(400, error.ResponseStatusCode);
        Assert.Empty(sandbox.Log.Deliveries);
    }

    [Fact]
    public async Task UnknownSubscriptionIs404()
    {
        await using var sandbox = await Sandbox.StartAsync(new GraphSandboxOptions { Port = 0 });
        var client = SandboxGraphClient.Create(sandbox.BaseUrl, Oid);

        var error = await Assert.ThrowsAsync<ODataError>(() => client.Subscriptions[Guid.NewGuid().ToString()].PatchAsync(new Subscription { ExpirationDateTime = DateTimeOffset.UtcNow.AddDays(1) }));

        Assert.Equal(404, error.ResponseStatusCode);
    }

    internal static Subscription NewSubscription(WebhookListener listener, DateTimeOffset expiration, string folder = "sentitems") => new()
    {
        ChangeType = "created",
        NotificationUrl = listener.NotificationUrl,
        LifecycleNotificationUrl = listener.LifecycleUrl,
        Resource = $"me/mailFolders('{folder}')/messages",
        ExpirationDateTime = expiration,
        ClientState = "secret-state",
    };
}
