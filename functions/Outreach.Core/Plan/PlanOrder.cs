using System.Text.Json.Serialization;

namespace Outreach.Plan;

/// <summary>The order in which the plan offers people to write to.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<PlanOrder>))]
public enum PlanOrder
{
    /// <summary>People never written to first, then those with the oldest last mail.</summary>
    [JsonStringEnumMemberName("longestSilence")]
    LongestSilence,

    /// <summary>People connected longest ago first.</summary>
    [JsonStringEnumMemberName("oldestConnection")]
    OldestConnection,

    /// <summary>A random order that stays the same for a seed.</summary>
    [JsonStringEnumMemberName("shuffled")]
    Shuffled,

    /// <summary>By last name, then first name.</summary>
    [JsonStringEnumMemberName("byName")]
    ByName,
}
