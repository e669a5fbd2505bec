using System.Text.Json.Serialization;

namespace Outreach.Review;

/// <summary>A career change as the review keeps the latest one of a day: who, and from where to where.</summary>
public sealed record CareerEntry(
    [property: JsonPropertyName("p")] string PersonId,
    [property: JsonPropertyName("n")] string Name,
    [property: JsonPropertyName("d")] DateOnly SeenOn,
    [property: JsonPropertyName("fc")] string? FromCompany,
    [property: JsonPropertyName("fp")] string? FromPosition,
    [property: JsonPropertyName("tc")] string? ToCompany,
    [property: JsonPropertyName("tp")] string? ToPosition);
