namespace Outreach.Import;

/// <summary>What a file of an upload was read as.</summary>
public enum ImportFileKind
{
    /// <summary>Connections.csv or another contact CSV: the people of the network.</summary>
    Connections,

    /// <summary>Positions.csv: the user's own career.</summary>
    Positions,

    /// <summary>Profile.csv: the user's own profile (read for their name; nothing of it is kept).</summary>
    Profile,

    /// <summary>messages.csv: who wrote to whom and when (never the subject or the text).</summary>
    Messages,

    /// <summary>Any other entry of the archive.</summary>
    Ignored,
}
