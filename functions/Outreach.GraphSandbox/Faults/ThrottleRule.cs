namespace Outreach.GraphSandbox.Faults;

/// <summary>
/// Which Graph requests fail, and how. Counting covers every Graph operation, including each step
/// inside a <c>$batch</c> (Graph throttles steps one by one), but not the batch envelope itself.
/// </summary>
public sealed record ThrottleRule
{
    /// <summary>Fail every Nth matching request (the Nth, 2Nth, ...); 0 to use <see cref="Probability"/>.</summary>
    public int Every { get; init; }

    /// <summary>Chance that a matching request fails, drawn from a generator seeded with <see cref="Seed"/>.</summary>
    public double Probability { get; init; }

    public int Seed { get; init; }

    /// <summary>429 (throttled) or 503 (service unavailable).</summary>
    public int Status { get; init; } = 429;

    /// <summary>The <c>Retry-After</c> header in seconds; null sends none.</summary>
    public int? RetryAfterSeconds { get; init; } = 1;

    /// <summary>Stop after this many failures; null for no limit.</summary>
    public int? Limit { get; init; }

    /// <summary>Only requests whose path and query contain this text count (ordinal, case-insensitive).</summary>
    public string? PathContains { get; init; }

    /// <summary>Fails every Nth request with 429 and the given Retry-After.</summary>
    public static ThrottleRule EveryNth(int n, int retryAfterSeconds = 1) => new() { Every = n, RetryAfterSeconds = retryAfterSeconds };
}
