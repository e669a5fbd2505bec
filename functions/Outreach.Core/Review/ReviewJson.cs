using System.Text.Json;
using System.Text.Json.Serialization;

namespace Outreach.Review;

/// <summary>How the review's rows store JSON: compact, nulls left out.</summary>
internal static class ReviewJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
