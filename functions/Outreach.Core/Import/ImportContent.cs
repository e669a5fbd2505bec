using Outreach.Career;

namespace Outreach.Import;

/// <summary>
/// Everything an upload holds, read and validated before anything is stored: the report entry of each
/// file, the contacts (null when no file held any), and the user's positions (null when no Positions.csv came).
/// </summary>
public sealed record ImportContent(IReadOnlyList<ImportedFile> Files, ContactFile? Connections, string? ConnectionsFile, IReadOnlyList<Position>? Positions);
