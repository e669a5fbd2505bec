namespace Outreach.Import;

/// <summary>What a file of an upload was read as.</summary>
public enum ImportFileKind
{
    /// <summary>Connections.csv or another contact CSV: the people of the network.</summary>
    Connections,

    /// <summary>Positions.csv: the user's own career.</summary>
    Positions,

    /// <summary>Profile.csv: the user's own profile (read, nothing of it kept yet).</summary>
    Profile,

    /// <summary>messages.csv: recognised, not read yet.</summary>
    Messages,

    /// <summary>Any other entry of the archive.</summary>
    Ignored,
}
