namespace Outreach.Local.Catalog;

/// <summary>One element of <c>functions.metadata</c>, as the Worker SDK writes it.</summary>
public sealed class FunctionMetadataEntry
{
    public string Name { get; set; } = string.Empty;

    public string ScriptFile { get; set; } = string.Empty;

    /// <summary><c>Namespace.Class.Method</c>.</summary>
    public string EntryPoint { get; set; } = string.Empty;

    public string? Language { get; set; }

    public List<BindingMetadata> Bindings { get; set; } = [];
}
