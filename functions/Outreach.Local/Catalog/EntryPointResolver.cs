using System.Reflection;
using Microsoft.Azure.Functions.Worker;

namespace Outreach.Local.Catalog;

/// <summary>Finds the method behind a metadata entry's <c>scriptFile</c> and <c>entryPoint</c>.</summary>
internal static class EntryPointResolver
{
    public static Assembly ResolveAssembly(FunctionMetadataEntry entry, FunctionAppFiles files)
    {
        var simpleName = Path.GetFileNameWithoutExtension(entry.ScriptFile);
        var known = files.Assemblies.Concat(AppDomain.CurrentDomain.GetAssemblies())
            .FirstOrDefault(a => string.Equals(a.GetName().Name, simpleName, StringComparison.OrdinalIgnoreCase));
        if (known is not null)
        {
            return known;
        }

        try
        {
            // The host references the Function App, so its assembly normally resolves from the host's own deps.
            return Assembly.Load(new AssemblyName(simpleName));
        }
        catch (FileNotFoundException)
        {
            var metadataDirectory = Path.GetDirectoryName(Path.GetFullPath(files.MetadataPath)) ?? ".";
            var candidates = new[] { Path.Combine(metadataDirectory, entry.ScriptFile), Path.Combine(AppContext.BaseDirectory, entry.ScriptFile) };
            var path = candidates.FirstOrDefault(File.Exists)
                ?? throw FunctionIndexingException.For(entry.Name, $"script file '{entry.ScriptFile}' was not found.");
            return Assembly.LoadFrom(path);
        }
    }

    public static MethodInfo ResolveMethod(FunctionMetadataEntry entry, Assembly assembly)
    {
        var lastDot = entry.EntryPoint.LastIndexOf('.');
        if (lastDot <= 0)
        {
            throw FunctionIndexingException.For(entry.Name, $"entry point '{entry.EntryPoint}' is not 'Namespace.Class.Method'.");
        }

        var typeName = entry.EntryPoint[..lastDot];
        var methodName = entry.EntryPoint[(lastDot + 1)..];

        // Nested classes appear with '.' in the metadata but '+' in reflection.
        var type = assembly.GetType(typeName)
            ?? assembly.GetTypes().FirstOrDefault(t => t.FullName?.Replace('+', '.') == typeName)
            ?? throw FunctionIndexingException.For(entry.Name, $"class '{typeName}' was not found in {assembly.GetName().Name}.");

        var candidates = type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static)
            .Where(m => m.Name == methodName)
            .ToList();
        if (candidates.Count > 1)
        {
            candidates = candidates.Where(m => m.GetCustomAttribute<FunctionAttribute>()?.Name == entry.Name).ToList();
        }

        return candidates.Count == 1
            ? candidates[0]
            : throw FunctionIndexingException.For(entry.Name, $"entry point '{entry.EntryPoint}' does not name exactly one public method.");
    }
}
