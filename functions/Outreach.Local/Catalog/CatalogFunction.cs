using System.Reflection;

namespace Outreach.Local.Catalog;

/// <summary>A function from the metadata, resolved to the method the local host will call.</summary>
public sealed class CatalogFunction(FunctionMetadataEntry metadata, MethodInfo method, BindingMetadata trigger, TriggerKind kind)
{
    public string Name => Metadata.Name;

    public FunctionMetadataEntry Metadata { get; } = metadata;

    public MethodInfo Method { get; } = method;

    public BindingMetadata Trigger { get; } = trigger;

    public TriggerKind Kind { get; } = kind;

    public ParameterInfo TriggerParameter => Method.GetParameters().Single(p => p.Name == Trigger.Name);

    public override string ToString() => $"{Name} ({Metadata.EntryPoint})";
}
