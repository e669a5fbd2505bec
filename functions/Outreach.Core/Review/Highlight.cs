using System.Text.Json.Serialization;

namespace Outreach.Review;

/// <summary>
/// A named moment of the period, with what the pane needs to say it in a sentence. <c>kind</c>:
/// <c>firstReply</c> and <c>fastestReply</c> (with <c>hours</c>), <c>longestSilence</c> (with <c>years</c>),
/// <c>careerChange</c> (with <c>fromCompany</c>, <c>toCompany</c>, <c>toPosition</c>). <c>date</c> is the local
/// day it happened (the reply, the mail, the import that saw the change).
/// </summary>
public sealed record Highlight(
    string Kind,
    string PersonId,
    string Name,
    DateOnly Date,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? Hours = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? Years = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? FromCompany = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? ToCompany = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? ToPosition = null)
{
    public const string FirstReply = "firstReply";
    public const string FastestReply = "fastestReply";
    public const string LongestSilence = "longestSilence";
    public const string CareerChange = "careerChange";
}
