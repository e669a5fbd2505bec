using System.Reflection;

namespace Outreach.Local.Catalog;

/// <summary>
/// Where a Function App's <c>functions.metadata</c> and <c>host.json</c> are, and which loaded
/// assemblies stand for its <c>scriptFile</c>s. The build copies the real app's files into
/// <see cref="FolderName"/> next to the local host; tests point at their own metadata instead.
/// </summary>
public sealed record FunctionAppFiles(string MetadataPath, string? HostJsonPath)
{
    public const string FolderName = "functionapp";

    /// <summary>Assemblies that answer a <c>scriptFile</c> by simple name before anything is loaded from disk.</summary>
    public IReadOnlyList<Assembly> Assemblies { get; init; } = [];

    /// <summary>The Outreach Function App as the build copied it next to this host.</summary>
    public static FunctionAppFiles Default => FromDirectory(Path.Combine(AppContext.BaseDirectory, FolderName));

    public static FunctionAppFiles FromDirectory(string directory)
        => new(Path.Combine(directory, "functions.metadata"), Path.Combine(directory, "host.json"));
}
