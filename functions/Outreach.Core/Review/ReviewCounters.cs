using System.Text.Json;

namespace Outreach.Review;

/// <summary>The review's counters on the summary row (<c>ReviewJson</c>), moved by <see cref="ReviewMarks"/>. Snoozes are the summary's own <c>SnoozedByDay</c>.</summary>
public sealed class ReviewCounters
{
    public int PeopleWhoMoved { get; set; }

    public int BouncedAddresses { get; set; }

    public int AddressesFound { get; set; }

    /// <summary>
    /// True once the review's rows and these counters hold everyone: from a summary's first write (nobody to
    /// miss yet) or after <see cref="ReviewRebuild"/>. Unset on a summary from before the review existed.
    /// </summary>
    public bool Complete { get; set; }

    public static ReviewCounters Parse(string? json)
        => string.IsNullOrEmpty(json) ? new() : JsonSerializer.Deserialize<ReviewCounters>(json, ReviewJson.Options) ?? new();

    public string Format() => JsonSerializer.Serialize(this, ReviewJson.Options);

    /// <summary>Takes back what <paramref name="before"/> added and adds <paramref name="after"/>; false when nothing moved.</summary>
    public bool Move(ReviewMarks before, ReviewMarks after)
    {
        if (before == after)
        {
            return false;
        }

        PeopleWhoMoved += (after.Moved ? 1 : 0) - (before.Moved ? 1 : 0);
        BouncedAddresses += after.Bounced - before.Bounced;
        AddressesFound += after.Found - before.Found;
        return true;
    }
}
