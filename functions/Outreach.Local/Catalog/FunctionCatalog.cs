using System.Text.Json;

namespace Outreach.Local.Catalog;

/// <summary>
/// The functions a Function App declares in its <c>functions.metadata</c> (what Azure's host reads),
/// resolved to methods, plus the host.json settings that shape their triggers.
/// </summary>
public sealed class FunctionCatalog
{
    private static readonly JsonSerializerOptions MetadataJson = new(JsonSerializerDefaults.Web);

    private FunctionCatalog(HostJsonSettings host, IReadOnlyList<CatalogFunction> functions)
    {
        Host = host;
        Functions = functions;
    }

    public HostJsonSettings Host { get; }

    public IReadOnlyList<CatalogFunction> Functions { get; }

    public IEnumerable<CatalogFunction> OfKind(TriggerKind kind) => Functions.Where(f => f.Kind == kind);

    /// <summary>Reads the metadata array as written; no resolution, so a test can assert on the raw contract.</summary>
    public static IReadOnlyList<FunctionMetadataEntry> ReadMetadata(string metadataPath)
    {
        if (!File.Exists(metadataPath))
        {
            throw new FileNotFoundException(
                $"No functions.metadata at '{metadataPath}'. Build the solution: the Function App's build writes it and the local host's build copies it.",
                metadataPath);
        }

        return JsonSerializer.Deserialize<List<FunctionMetadataEntry>>(File.ReadAllText(metadataPath), MetadataJson)
            ?? throw new FunctionIndexingException($"'{metadataPath}' does not hold a JSON array of functions.");
    }

    public static FunctionCatalog Load(FunctionAppFiles files)
    {
        var host = HostJsonSettings.Load(files.HostJsonPath);
        var functions = ReadMetadata(files.MetadataPath)
            .Select(entry => Resolve(entry, files))
            .ToList();

        var duplicate = functions.GroupBy(f => f.Name, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        return duplicate is null
            ? new FunctionCatalog(host, functions)
            : throw FunctionIndexingException.For(duplicate.Key, "the name is declared more than once.");
    }

    private static CatalogFunction Resolve(FunctionMetadataEntry entry, FunctionAppFiles files)
    {
        var triggers = entry.Bindings.Where(b => b.IsTrigger).ToList();
        if (triggers.Count != 1)
        {
            throw FunctionIndexingException.For(entry.Name, $"expected one trigger binding, found {triggers.Count}.");
        }

        var trigger = triggers[0];
        var kind = trigger.Type.ToUpperInvariant() switch
        {
            "HTTPTRIGGER" => TriggerKind.Http,
            "QUEUETRIGGER" => TriggerKind.Queue,
            "TIMERTRIGGER" => TriggerKind.Timer,
            _ => throw FunctionIndexingException.For(entry.Name, $"the local host does not serve '{trigger.Type}' triggers."),
        };

        var unsupported = entry.Bindings.FirstOrDefault(b => b != trigger && !IsHttpReturn(b, kind));
        if (unsupported is not null)
        {
            throw FunctionIndexingException.For(
                entry.Name,
                $"binding '{unsupported.Name}' ({unsupported.Type}, {unsupported.Direction}) is not supported by the local host; use the storage clients from the core library instead.");
        }

        var method = EntryPointResolver.ResolveMethod(entry, EntryPointResolver.ResolveAssembly(entry, files));
        if (method.GetParameters().All(p => p.Name != trigger.Name))
        {
            throw FunctionIndexingException.For(entry.Name, $"the method has no parameter '{trigger.Name}' for its trigger.");
        }

        return new CatalogFunction(entry, method, trigger, kind);
    }

    private static bool IsHttpReturn(BindingMetadata binding, TriggerKind kind)
        => kind == TriggerKind.Http
            && string.Equals(binding.Type, "http", StringComparison.OrdinalIgnoreCase)
            && string.Equals(binding.Direction, "Out", StringComparison.OrdinalIgnoreCase);
}
