using System.Text.Json;
using System.Text.Json.Serialization;

namespace Outreach.Local.Catalog;

/// <summary>
/// One binding of a function in <c>functions.metadata</c>. Only the members the local host acts on
/// are typed; the rest stays in <see cref="Other"/> so nothing the SDK writes is lost.
/// </summary>
public sealed class BindingMetadata
{
    public string Name { get; set; } = string.Empty;

    public string Type { get; set; } = string.Empty;

    public string Direction { get; set; } = string.Empty;

    public string? AuthLevel { get; set; }

    public List<string>? Methods { get; set; }

    public string? Route { get; set; }

    public string? QueueName { get; set; }

    public string? Connection { get; set; }

    public string? Schedule { get; set; }

    public bool RunOnStartup { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement> Other { get; set; } = [];

    public bool IsTrigger => Type.EndsWith("Trigger", StringComparison.OrdinalIgnoreCase)
        && string.Equals(Direction, "In", StringComparison.OrdinalIgnoreCase);
}
