using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;
using Outreach.GraphSandbox.Faults;

namespace Outreach.GraphSandbox.Graph;

/// <summary>
/// A Graph request, whether it came over HTTP or as a <c>$batch</c> step: both go through the same
/// pipeline (auth, faults, routing, log).
/// </summary>
internal sealed class GraphRequest
{
    private Dictionary<string, StringValues>? _query;

    public required string Method { get; init; }

    /// <summary>Path below <c>/v1.0/</c>, percent-decoded, without a leading slash.</summary>
    public required string Path { get; init; }

    /// <summary>Query string without the <c>?</c>, as received (may be percent-encoded).</summary>
    public string RawQuery { get; init; } = string.Empty;

    /// <summary>Headers by name, case-insensitive; repeated headers joined with ", ".</summary>
    public required IReadOnlyDictionary<string, string> Headers { get; init; }

    public string? Body { get; init; }

    /// <summary>Absolute base of the Graph API as the caller reached it, e.g. <c>http://127.0.0.1:5000/v1.0</c>.</summary>
    public required string BaseUrl { get; init; }

    /// <summary>The step id for a request inside a <c>$batch</c>.</summary>
    public string? BatchStepId { get; init; }

    /// <summary>
    /// For a batch step: the refusal its envelope decided (the step met a full mailbox), or null when it
    /// runs in one of the slots the envelope holds.
    /// </summary>
    public FaultDecision? BatchRefusal { get; init; }

    /// <summary>The <c>$batch</c> envelope itself (not one of its steps).</summary>
    public bool IsBatchEnvelope => BatchStepId is null && Path.TrimEnd('/') == "$batch";

    /// <summary>Path and query percent-decoded: how the log names a request.</summary>
    public string PathAndQuery => RawQuery.Length == 0 ? Path : Path + "?" + Uri.UnescapeDataString(RawQuery);

    /// <summary>A query option by name (<c>$select</c> also matches <c>select</c>), decoded.</summary>
    public string? Query(string name)
    {
        _query ??= QueryHelpers.ParseQuery(RawQuery).ToDictionary(p => p.Key, p => p.Value, StringComparer.OrdinalIgnoreCase);
        return _query.TryGetValue(name, out var value) || _query.TryGetValue(name.TrimStart('$'), out value) ? value.ToString() : null;
    }

    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    public PreferHeader Prefer => PreferHeader.Parse(Header("Prefer"));
}
