using System.Net.Http.Headers;
using Outreach.GraphSandbox;
using Outreach.GraphSandbox.Faults;
using Outreach.GraphSandbox.Log;
using Outreach.IntegrationTests.MailFlow;
using Sandbox = Outreach.GraphSandbox.GraphSandbox;

namespace Outreach.IntegrationTests.GraphSandbox;

public sealed class RetryAfterTests
{
    private const string Oid = "6a7b8c9d-0e1f-4a2b-8c3d-4e5f6a7b8c9d";

    [Theory]
    [InlineData(429)]
    [InlineData(503)]
    public async Task SdkRetryHandlerWaitsOutRetryAfterOnAPlainGet(int status)
    {
        await using var sandbox = await Sandbox.StartAsync(new GraphSandboxOptions { Port = 0 });
        var received = sandbox.Mail.Receive(Oid, "jane@example.com", subject: "Throttled");
        sandbox.Faults.Throttle(new ThrottleRule { Every = 1, Limit = 1, Status = status, RetryAfterSeconds = 1 });
        var client = SandboxGraphClient.Create(sandbox.BaseUrl, Oid);

        var message = await client.Me.Messages[received.Id].GetAsync();

        Assert.Equal("Throttled", message!.Subject);
        var log = sandbox.Log.Requests;
        Assert.Equal(2, log.Count);
        Assert.Equal(status, log[0].Status);
        Assert.Equal(1, log[0].RetryAfterSeconds);
        Assert.Equal(200, log[1].Status);
        Assert.Equal(1, log[1].RetryAttempt);
        Assert.True(log[1].ReceivedAt - log[0].AnsweredAt >= TimeSpan.FromSeconds(1) - RequestLog.RetryAfterTolerance, $"Retried after {(log[1].ReceivedAt - log[0].AnsweredAt).TotalMilliseconds} ms.");
        Assert.Empty(sandbox.RetryAfterViolations());
    }

    [Fact]
    public async Task ConcurrencyLimitRefusesTheRequestBeyondIt()
    {
        await using var sandbox = await Sandbox.StartAsync(new GraphSandboxOptions { Port = 0 });
        await using var listener = await WebhookListener.StartAsync();
        listener.HoldHandshakes();
        var received = sandbox.Mail.Receive(Oid, "jane@example.com", subject: "Busy");
        sandbox.Faults.LimitConcurrency(1, retryAfterSeconds: 1);
        var client = SandboxGraphClient.Create(sandbox.BaseUrl, Oid);

        // The subscription holds the only slot while its handshake is held; the GET meanwhile is refused,
        // then retried by the SDK after Retry-After, once the slot is free.
        var subscription = SubscriptionTests.NewSubscription(listener, DateTimeOffset.UtcNow.AddDays(1));
        subscription.LifecycleNotificationUrl = null;
        var subscribing = client.Subscriptions.PostAsync(subscription);
        await listener.WaitForHandshakesAsync(1);

        var reading = client.Me.Messages[received.Id].GetAsync();
        await Eventually.ThatAsync(() => Task.FromResult(sandbox.Log.Requests.Count(r => r.Status == 429)), n => n > 0, "the GET to be refused");
        listener.ReleaseHandshakes();
        var message = await reading;
        await subscribing;

        Assert.Equal("Busy", message!.Subject);
        var refused = sandbox.Log.Requests.Where(r => r.Status == 429).ToList();
        Assert.NotEmpty(refused);
        Assert.All(refused, r => Assert.Equal(FaultInjector.MailboxConcurrencyFault, r.Fault));
        Assert.Empty(sandbox.RetryAfterViolations());
    }

    [Fact]
    public async Task ViolationsNameRetriesThatCameTooEarlyAndRefusalsNeverRetried()
    {
        await using var sandbox = await Sandbox.StartAsync(new GraphSandboxOptions { Port = 0 });
        var first = sandbox.Mail.Receive(Oid, "jane@example.com", subject: "One");
        var second = sandbox.Mail.Receive(Oid, "john@example.com", subject: "Two");
        sandbox.Faults.Throttle(new ThrottleRule { Every = 1, Limit = 2, RetryAfterSeconds = 5 });
        using var http = new HttpClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", FakeGraphToken.Create(Oid));

        // An impatient client: retries the first at once, never retries the second.
        using (var refused = await http.GetAsync($"{sandbox.BaseUrl}/me/messages/{first.Id}"))
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
            Assert.Equal(TimeSpan.FromSeconds(5), refused.Headers.RetryAfter?.Delta);
        }

        using (await http.GetAsync($"{sandbox.BaseUrl}/me/messages/{second.Id}"))
        using (var retried = await http.GetAsync($"{sandbox.BaseUrl}/me/messages/{first.Id}"))
        {
            Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
        }

        var violations = sandbox.RetryAfterViolations();

        Assert.Equal(2, violations.Count);
        Assert.Contains(first.Id, violations[0].Refused.PathAndQuery, StringComparison.Ordinal);
        Assert.NotNull(violations[0].Retry);
        Assert.Contains(second.Id, violations[1].Refused.PathAndQuery, StringComparison.Ordinal);
        Assert.Null(violations[1].Retry);
        Assert.Single(sandbox.RetryAfterViolations(requireRetry: false));
    }
}
