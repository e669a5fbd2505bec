namespace Outreach.GraphSandbox;

/// <summary>How a <see cref="GraphSandbox"/> runs.</summary>
public sealed record GraphSandboxOptions
{
    /// <summary>Port on 127.0.0.1; 0 picks a free one.</summary>
    public int Port { get; init; }

    /// <summary>Tenant id in notifications when the caller's token has no <c>tid</c>.</summary>
    public string TenantId { get; init; } = "6f8e3c1a-5b2d-4e7f-9a0c-1d2e3f4a5b6c";

    /// <summary>The clock for message times, expiries and delays.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>How long a webhook has to answer the validation handshake (Graph: 10 s).</summary>
    public TimeSpan ValidationTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How long the sandbox waits for a webhook's answer to a notification before logging it as unanswered.</summary>
    public TimeSpan DeliveryTimeout { get; init; } = TimeSpan.FromSeconds(10);
}
