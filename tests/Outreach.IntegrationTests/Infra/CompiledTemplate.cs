namespace Outreach.IntegrationTests.Infra;

/// <summary>
/// <c>infra/main.bicep</c> compiled to ARM JSON (into a temporary folder, never into the repository),
/// flattened: every resource of the main template and of each module's nested template.
/// </summary>
internal sealed class CompiledTemplate
{
    private static readonly Lazy<CompiledTemplate> Main = new(Compile);

    private CompiledTemplate(JsonObject root)
    {
        Root = root;
        Resources = Flatten(root, module: null).ToList();
    }

    public static CompiledTemplate Instance => Main.Value;

    public JsonObject Root { get; }

    public IReadOnlyList<TemplateResource> Resources { get; }

    public static CompiledTemplate Parse(string json) => new(JsonNode.Parse(json)!.AsObject());

    public IEnumerable<TemplateResource> OfType(string type)
        => Resources.Where(r => string.Equals(r.Type, type, StringComparison.OrdinalIgnoreCase));

    public TemplateResource Single(string type) => Assert.Single(OfType(type));

    /// <summary>The module deployment named <paramref name="name"/> in main.bicep.</summary>
    public TemplateResource Module(string name)
        => Assert.Single(OfType("Microsoft.Resources/deployments"), d => d.Resource["name"]?.GetValue<string>() == name);

    private static CompiledTemplate Compile()
    {
        var build = BicepBuild.Main;
        if (build.Result.ExitCode != 0 || build.Json is null)
        {
            throw new InvalidOperationException("bicep build failed: " + build.Result);
        }

        return Parse(build.Json);
    }

    private static IEnumerable<TemplateResource> Flatten(JsonObject template, string? module)
    {
        // Templates with language version 2.0 key resources by symbolic name instead of listing them.
        var resources = template["resources"] switch
        {
            JsonArray array => array.OfType<JsonObject>(),
            JsonObject byName => byName.Select(p => p.Value).OfType<JsonObject>(),
            _ => [],
        };
        foreach (var resource in resources)
        {
            var item = new TemplateResource(resource, template, module);
            yield return item;
            if (item.Type == "Microsoft.Resources/deployments" && resource["properties"]?["template"] is JsonObject nested)
            {
                foreach (var inner in Flatten(nested, resource["name"]?.GetValue<string>()))
                {
                    yield return inner;
                }
            }
        }
    }
}

/// <summary>
/// One <c>bicep build</c> of main.bicep per test run, shared by the test of the build itself and by every
/// test that reads the compiled template (a build takes seconds).
/// </summary>
internal sealed record BicepBuild(ToolResult Result, string? Json)
{
    private static readonly Lazy<BicepBuild> Once = new(Run);

    public static BicepBuild Main => Once.Value;

    private static BicepBuild Run()
    {
        var outDir = Directory.CreateTempSubdirectory("outreach-bicep-").FullName;
        try
        {
            var result = BicepCli.Run("build", BicepCli.MainBicep, "--outdir", outDir);
            var main = Path.Combine(outDir, "main.json");
            return new BicepBuild(result, File.Exists(main) ? File.ReadAllText(main) : null);
        }
        finally
        {
            Directory.Delete(outDir, recursive: true);
        }
    }
}

/// <summary>One resource, the template that declares it, and the module (main.bicep's name) it sits in.</summary>
internal sealed record TemplateResource(JsonObject Resource, JsonObject Template, string? Module)
{
    public string Type => Resource["type"]!.GetValue<string>();

    public JsonNode? this[string path] => Path(path);

    /// <summary>A value by dotted path, e.g. <c>properties.siteConfig.cors</c>.</summary>
    public JsonNode? Path(string path)
    {
        JsonNode? node = Resource;
        foreach (var part in path.Split('.'))
        {
            node = node?[part];
        }

        return node;
    }

    public string? Text(string path) => Path(path) is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    /// <summary>A variable of the declaring template (loops compile to <c>variables('x')[copyIndex()]</c>).</summary>
    public JsonNode? Variable(string name) => Template["variables"]?[name];
}
