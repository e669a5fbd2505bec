using System.Text.Json.Serialization;

namespace Outreach.Review;

/// <summary>
/// A person counted as written, as the review keeps it in the row of the local day they were written
/// (short JSON names: a day's entries share a row).
/// </summary>
/// <param name="At">The instant counted as written; null only if unknown.</param>
/// <param name="LastContact">Their last mail exchanged before that instant; null when there was none.</param>
/// <param name="WriteMinutes">Minutes from <i>Write</i> in the pane to the mail being sent; null when no start was told.</param>
/// <param name="RepliedAt">When their first reply to outreach arrived, by mail or on LinkedIn.</param>
public sealed record WrittenEntry(
    [property: JsonPropertyName("p")] string PersonId,
    [property: JsonPropertyName("n")] string Name,
    [property: JsonPropertyName("v")] string Via,
    [property: JsonPropertyName("d")] DateOnly Day,
    [property: JsonPropertyName("t")] DateTimeOffset? At,
    [property: JsonPropertyName("c")] DateTimeOffset? LastContact,
    [property: JsonPropertyName("m")] double? WriteMinutes,
    [property: JsonPropertyName("r")] DateTimeOffset? RepliedAt);
