namespace Outreach.Import;

/// <summary>Where a contact file came from, as told by its header.</summary>
public enum ContactFileFormat
{
    /// <summary>LinkedIn's Connections.csv (it has a "Connected On" column).</summary>
    LinkedIn,

    /// <summary>Any other CSV with a name column and an e-mail or profile column (Outlook, Google, ...).</summary>
    Generic,
}
