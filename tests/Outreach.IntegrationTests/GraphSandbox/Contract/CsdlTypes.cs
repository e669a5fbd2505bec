using System.Globalization;
using System.Text.Json;
using System.Xml.Linq;

namespace Outreach.IntegrationTests.GraphSandbox.Contract;

/// <summary>
/// Graph's published type definitions (a CSDL subset, <c>GraphV1Subset.xml</c>) and a check of JSON
/// against them: every property must be one the type declares, with a value of a compatible JSON kind,
/// and every property declared <c>Nullable="false"</c> must be there and not null.
/// </summary>
public sealed class CsdlTypes
{
    private static readonly XNamespace Edm = "http://docs.oasis-open.org/odata/ns/edm";
    private readonly Dictionary<string, XElement> _types;

    private CsdlTypes(XDocument document)
        => _types = document.Descendants().Where(e => e.Name == Edm + "EntityType" || e.Name == Edm + "ComplexType" || e.Name == Edm + "EnumType")
            .ToDictionary(e => (string)e.Attribute("Name")!, StringComparer.Ordinal);

    public static CsdlTypes Load() => new(XDocument.Load(Path.Combine(AppContext.BaseDirectory, "GraphSandbox", "Contract", "GraphV1Subset.xml")));

    /// <summary>What in <paramref name="json"/> does not fit type <paramref name="type"/> (e.g. <c>message</c>); empty when all fits.</summary>
    /// <param name="allowed">Properties accepted beyond the type's, where Graph is known to send them.</param>
    /// <param name="notRequired">Non-nullable properties that may be missing, where Graph's docs say so.</param>
    public IReadOnlyList<string> Check(JsonNode? json, string type, IReadOnlyCollection<string>? allowed = null, IReadOnlyCollection<string>? notRequired = null)
    {
        var problems = new List<string>();
        if (json is JsonObject obj)
        {
            CheckObject(obj, type, type, problems, allowed ?? [], notRequired ?? []);
        }
        else
        {
            problems.Add($"{type}: expected an object, got {Kind(json)}");
        }

        return problems;
    }

    /// <summary>The type's declared properties with their bases': name → (type, nullable).</summary>
    public IReadOnlyDictionary<string, (string Type, bool Nullable)> Properties(string type)
    {
        var result = new Dictionary<string, (string, bool)>(StringComparer.Ordinal);
        for (var element = Find(type); element is not null; element = element.Attribute("BaseType") is { } baseType ? Find(Local(baseType.Value)) : null)
        {
            foreach (var property in element.Elements(Edm + "Property"))
            {
                result.TryAdd((string)property.Attribute("Name")!, ((string)property.Attribute("Type")!, (string?)property.Attribute("Nullable") != "false"));
            }
        }

        return result;
    }

    private void CheckObject(JsonObject obj, string type, string path, List<string> problems, IReadOnlyCollection<string> allowed, IReadOnlyCollection<string> notRequired)
    {
        var element = Find(type);
        var properties = Properties(type);
        var open = element.Name == Edm + "ComplexType" && (string?)element.Attribute("OpenType") == "true";
        foreach (var (name, value) in obj)
        {
            if (name.StartsWith('@'))
            {
                // An open type's @odata.type names what it describes (resourceData: the changed message).
                if (name == "@odata.type" && !open && value?.GetValueKind() == JsonValueKind.String
                    && !string.Equals(value.GetValue<string>(), "#microsoft.graph." + type, StringComparison.OrdinalIgnoreCase))
                {
                    problems.Add($"{path}.@odata.type: {value} is not #microsoft.graph.{type}");
                }

                continue;
            }

            if (properties.TryGetValue(name, out var property))
            {
                CheckValue(value, property.Type, property.Nullable, $"{path}.{name}", problems);
            }
            else if (!open && !allowed.Contains(name))
            {
                problems.Add($"{path}.{name}: not a property of {type}");
            }
        }

        foreach (var (name, property) in properties)
        {
            if (!property.Nullable && !obj.ContainsKey(name) && !notRequired.Contains(name))
            {
                problems.Add($"{path}.{name}: required by {type}, missing");
            }
        }
    }

    private void CheckValue(JsonNode? value, string type, bool nullable, string path, List<string> problems)
    {
        if (value is null)
        {
            if (!nullable)
            {
                problems.Add($"{path}: null, but {type} is not nullable");
            }

            return;
        }

        if (type.StartsWith("Collection(", StringComparison.Ordinal))
        {
            if (value is JsonArray array)
            {
                var item = type["Collection(".Length..^1];
                for (var i = 0; i < array.Count; i++)
                {
                    CheckValue(array[i], item, nullable: false, $"{path}[{i}]", problems);
                }
            }
            else
            {
                problems.Add($"{path}: expected an array for {type}, got {Kind(value)}");
            }

            return;
        }

        var fits = type switch
        {
            "Edm.String" or "Edm.Binary" => value.GetValueKind() == JsonValueKind.String,
            "Edm.Guid" => value.GetValueKind() == JsonValueKind.String && Guid.TryParse(value.GetValue<string>(), out _),
            "Edm.DateTimeOffset" => value.GetValueKind() == JsonValueKind.String
                && DateTimeOffset.TryParse(value.GetValue<string>(), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out _),
            "Edm.Boolean" => value.GetValueKind() is JsonValueKind.True or JsonValueKind.False,
            "Edm.Int32" or "Edm.Int64" or "Edm.Double" => value.GetValueKind() == JsonValueKind.Number,
            _ => CheckNamed(value, Local(type), path, problems),
        };
        if (!fits)
        {
            problems.Add($"{path}: {Kind(value)} {value.ToJsonString()} does not fit {type}");
        }
    }

    /// <summary>An enum member's name, or an object of a complex or entity type (checked, problems added).</summary>
    private bool CheckNamed(JsonNode value, string type, string path, List<string> problems)
    {
        var element = Find(type);
        if (element.Name == Edm + "EnumType")
        {
            return value.GetValueKind() == JsonValueKind.String
                && element.Elements(Edm + "Member").Any(m => (string)m.Attribute("Name")! == value.GetValue<string>());
        }

        if (value is not JsonObject obj)
        {
            return false;
        }

        CheckObject(obj, type, path, problems, [], []);
        return true;
    }

    private XElement Find(string type)
        => _types.TryGetValue(type, out var element) ? element : throw new KeyNotFoundException($"The fixture has no type '{type}'; copy it from the metadata.");

    private static string Local(string qualified) => qualified[(qualified.LastIndexOf('.') + 1)..];

    private static string Kind(JsonNode? node) => node is null ? "null" : node.GetValueKind().ToString().ToLowerInvariant();
}
