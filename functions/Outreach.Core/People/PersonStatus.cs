namespace Outreach.People;

/// <summary>Where a person stands in the plan. Snoozing is not a status: an open person can be snoozed.</summary>
public static class PersonStatus
{
    public const string Open = "open";
    public const string Written = "written";
    public const string Skipped = "skipped";
}
