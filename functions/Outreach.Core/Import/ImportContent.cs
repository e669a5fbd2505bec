using Outreach.Career;
using Outreach.LinkedIn;

namespace Outreach.Import;

/// <summary>
/// Everything an upload holds, read and validated before anything is stored: the report entry of each
/// file, the contacts (null when no file held any), the user's positions (null when no Positions.csv came), and
/// the LinkedIn messages (null without messages.csv, or when it does not tell which participant is the user).
/// </summary>
public sealed record ImportContent(
    IReadOnlyList<ImportedFile> Files, ContactFile? Connections, string? ConnectionsFile, IReadOnlyList<Position>? Positions, ArchiveMessages? Messages = null);
