using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Outreach.GraphSandbox.Log;

namespace Outreach.GraphSandbox.Notifications;

/// <summary>Makes the sandbox's calls to webhooks (handshakes and notifications) and logs each one.</summary>
internal sealed class WebhookClient(HttpClient http, RequestLog log, TimeSpan validationTimeout, TimeSpan deliveryTimeout)
{
    /// <summary>
    /// The validation handshake: POST <c>{url}?validationToken=...</c>; valid when the answer is 200,
    /// <c>text/plain</c>, with the decoded token as the whole body, within the timeout. The token has
    /// spaces and colons as Graph's has, so a webhook that does not URL-decode it fails here too.
    /// </summary>
    public async Task<DeliveryRecord> ValidateAsync(string url, CancellationToken cancellationToken)
    {
        var token = $"Validation: Testing client application reachability for subscription Request-Id: {Guid.NewGuid()}";
        var target = url + (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "validationToken=" + WebUtility.UrlEncode(token);
        using var content = new StringContent(string.Empty, Encoding.UTF8, "text/plain");
        return await SendAsync(DeliveryKind.Validation, url, target, content, validationTimeout, null, null, null, async response =>
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            return response.StatusCode != HttpStatusCode.OK ? $"Expected 200, got {(int)response.StatusCode}."
                : response.Content.Headers.ContentType?.MediaType != "text/plain" ? $"Expected text/plain, got {response.Content.Headers.ContentType?.MediaType ?? "no content type"}."
                : body != token ? "The body is not the decoded validation token."
                : null;
        }, cancellationToken);
    }

    public async Task<DeliveryRecord> PostAsync(
        DeliveryKind kind, string url, JsonNode payload, string? subscriptionId, string? messageId, string? lifecycleEvent, CancellationToken cancellationToken)
    {
        using var content = new StringContent(payload.ToJsonString(), Encoding.UTF8, "application/json");
        return await SendAsync(kind, url, url, content, deliveryTimeout, subscriptionId, messageId, lifecycleEvent, _ => Task.FromResult<string?>(null), cancellationToken);
    }

    private async Task<DeliveryRecord> SendAsync(
        DeliveryKind kind, string url, string target, HttpContent content, TimeSpan timeout, string? subscriptionId, string? messageId,
        string? lifecycleEvent, Func<HttpResponseMessage, Task<string?>> check, CancellationToken cancellationToken)
    {
        var at = log.Now();
        var stopwatch = Stopwatch.StartNew();
        int? status = null;
        string? error;
        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutSource.CancelAfter(timeout);
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, target) { Content = content };
            using var response = await http.SendAsync(request, timeoutSource.Token);
            status = (int)response.StatusCode;
            error = await check(response);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            error = $"No answer within {timeout.TotalSeconds:0.#} s.";
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Whatever goes wrong with one webhook is logged; it must not stop the delivery loop.
            error = exception.Message;
        }

        var record = new DeliveryRecord
        {
            Sequence = log.NextSequence(),
            At = at,
            Kind = kind,
            Url = url,
            SubscriptionId = subscriptionId,
            MessageId = messageId,
            LifecycleEvent = lifecycleEvent,
            Status = status,
            ElapsedMilliseconds = stopwatch.Elapsed.TotalMilliseconds,
            Error = error,
        };
        log.Add(record);
        return record;
    }
}
