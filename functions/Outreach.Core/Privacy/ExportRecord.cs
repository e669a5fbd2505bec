using System.Text.Json.Nodes;

namespace Outreach.Privacy;

/// <summary>
/// One stored row of the user, as readable as it can be: what kind of row, its key, when it last
/// changed, and its values (values stored as JSON appear as JSON).
/// </summary>
public sealed record ExportRecord(string Kind, string Key, DateTimeOffset? ChangedAt, JsonObject Values);
