namespace Outreach.Http;

/// <summary>How <see cref="ApiRunner"/> makes sure a user request honours an erase in progress.</summary>
internal enum EraseCheckMode
{
    /// <summary>A read: by the summary row it reads, else one point read after it ran. A write: one point read before it starts.</summary>
    Default,

    /// <summary>A write that reads the summary row before it changes anything: that read is the check.</summary>
    SummaryFirst,

    /// <summary>The erase's own routes.</summary>
    None,
}
