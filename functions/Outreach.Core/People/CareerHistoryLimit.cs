namespace Outreach.People;

/// <summary>
/// Career history grows by one entry per move seen on re-import; only the newest moves are kept, so
/// that the person's row never reaches storage's limit for one value however often a file is imported.
/// </summary>
public static class CareerHistoryLimit
{
    public const int MaxEntries = 20;

    /// <summary>Characters of the stored history; the newest entry alone always fits (its four values are at most 500 characters each).</summary>
    public const int MaxStoredChars = 24_000;

    public static void Append(PersonEntity person, CareerChange change)
    {
        var history = person.CareerHistory.Append(change).ToList();
        if (history.Count > MaxEntries)
        {
            history.RemoveRange(0, history.Count - MaxEntries);
        }

        person.CareerHistory = history;
        while (history.Count > 1 && person.CareerHistoryJson.Length > MaxStoredChars)
        {
            history.RemoveAt(0);
            person.CareerHistory = history;
        }
    }
}
