using System.Text.RegularExpressions;
using Outreach.Local.Hosting;
using Outreach.TestFixtures;

namespace Outreach.IntegrationTests.Infra;

/// <summary>
/// What <c>azd up</c> reads besides the template: <c>azure.yaml</c>, <c>infra/main.parameters.json</c>, and
/// the hook scripts that hand the deployed URLs to the pane's build.
/// </summary>
public sealed partial class AzdProjectTests
{
    private static readonly string Root = RepositoryRoot.Find();

    [Fact]
    public void ParametersFileCoversEveryRequiredParameterAndNothingElse()
    {
        var parameters = CompiledTemplate.Instance.Root["parameters"]!.AsObject();
        var file = JsonNode.Parse(File.ReadAllText(Path.Combine(Root, "infra", "main.parameters.json")))!["parameters"]!.AsObject();

        Assert.All(file, p => Assert.True(parameters.ContainsKey(p.Key), $"main.parameters.json sets '{p.Key}', which main.bicep does not declare"));
        var required = parameters.Where(p => p.Value!["defaultValue"] is null).Select(p => p.Key).ToList();
        Assert.All(required, name => Assert.True(file.ContainsKey(name), $"required parameter '{name}' is not in main.parameters.json"));
        Assert.Equal("${AZURE_ENV_NAME}", file["environmentName"]!["value"]!.GetValue<string>());
        Assert.Equal("${AZURE_LOCATION}", file["location"]!["value"]!.GetValue<string>());
    }

    [Fact]
    public void AzureYamlNamesProjectsAndScriptsThatExist()
    {
        var yaml = File.ReadAllLines(Path.Combine(Root, "azure.yaml"));

        var projects = yaml.Select(l => ProjectLine().Match(l)).Where(m => m.Success).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(["./functions/Outreach.Functions", "./addin"], projects);
        Assert.True(File.Exists(Path.Combine(Root, "functions", "Outreach.Functions", "Outreach.Functions.csproj")));
        Assert.True(File.Exists(Path.Combine(Root, "addin", "package.json")));

        // Service hooks run in the service's folder (addin/).
        var scripts = yaml.Select(l => ScriptLine().Match(l)).Where(m => m.Success).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(2, scripts.Count);
        Assert.All(scripts, s => Assert.True(File.Exists(Path.GetFullPath(Path.Combine(Root, "addin", s))), $"{s} does not exist"));
    }

    [Fact]
    public void AzureYamlServicesMatchTheTemplatesAzdTags()
    {
        var yaml = File.ReadAllText(Path.Combine(Root, "azure.yaml"));
        var template = CompiledTemplate.Instance;

        // azd finds each service's resource by the tag azd-service-name = the service's key in azure.yaml.
        Assert.Contains("'azd-service-name', 'api'", template.Module("api").Path("properties.parameters.tags.value")!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("'azd-service-name', 'pane'", template.Module("pane").Path("properties.parameters.tags.value")!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Matches(@"\n  api:\n    project: \./functions/Outreach\.Functions\n    language: dotnet\n    host: function\n", yaml);
        Assert.Matches(@"\n  pane:\n    project: \./addin\n    language: ts\n    host: staticwebapp\n    dist: dist\n", yaml);
    }

    [Fact]
    public void PaneEnvWritesTheBuildSettingsFromTheAzdEnvironment()
    {
        var directory = TestDirectories.Create("pane-env");
        var environment = new Dictionary<string, string>
        {
            ["AUTH_CLIENT_ID"] = "3f2504e0-4f89-41d3-9a0c-0305e82c3301",
            ["AUTH_AUTHORITY"] = "https://login.microsoftonline.com/72f988bf-86f1-41af-91ab-2d7cd011db47",
            ["AUTH_APPLICATION_ID_URI"] = "api://gentle-sea.azurestaticapps.net/3f2504e0-4f89-41d3-9a0c-0305e82c3301",
            ["API_URL"] = "https://func-abc.azurewebsites.net",
            ["PANE_ORIGIN"] = "https://gentle-sea.azurestaticapps.net",
        };

        var result = RunScript("pane-env.sh", directory, environment);

        Assert.True(result.ExitCode == 0, result.ToString());
        var lines = File.ReadAllLines(Path.Combine(directory, ".env.production.local"));
        Assert.Equal(
            [
                "VITE_AUTH_CLIENT_ID=3f2504e0-4f89-41d3-9a0c-0305e82c3301",
                "VITE_AUTH_AUTHORITY=https://login.microsoftonline.com/72f988bf-86f1-41af-91ab-2d7cd011db47",
                "VITE_AUTH_API_SCOPE=api://gentle-sea.azurestaticapps.net/3f2504e0-4f89-41d3-9a0c-0305e82c3301/access_as_user",
                "VITE_AUTH_DIALOG_URL=https://gentle-sea.azurestaticapps.net/pane/auth-dialog.html",
                "VITE_API_BASE_URL=https://func-abc.azurewebsites.net/api",
            ],
            lines);
    }

    [Fact]
    public void PaneEnvRefusesToBuildWithoutProvisionedValues()
    {
        var directory = TestDirectories.Create("pane-env");

        var result = RunScript("pane-env.sh", directory, new Dictionary<string, string> { ["AUTH_CLIENT_ID"] = "x" });

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("AUTH_AUTHORITY", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(directory, ".env.production.local")));
    }

    [Fact]
    public void PaneNestMovesTheBuildUnderPaneOnceAndRedirectsTheRoot()
    {
        var directory = TestDirectories.Create("pane-nest");
        var dist = Path.Combine(directory, "dist");
        Directory.CreateDirectory(Path.Combine(dist, "assets"));
        File.WriteAllText(Path.Combine(dist, "index.html"), "<html></html>");
        File.WriteAllText(Path.Combine(dist, "assets", "main.js"), "//");

        var first = RunScript("pane-nest.sh", directory, []);
        var second = RunScript("pane-nest.sh", directory, []);

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.True(File.Exists(Path.Combine(dist, "pane", "index.html")));
        Assert.True(File.Exists(Path.Combine(dist, "pane", "assets", "main.js")));
        Assert.False(File.Exists(Path.Combine(dist, "index.html")));
        Assert.False(Directory.Exists(Path.Combine(dist, "pane", "pane")));
        var config = JsonNode.Parse(File.ReadAllText(Path.Combine(dist, "staticwebapp.config.json")))!;
        Assert.Equal("/pane/index.html", config["routes"]![0]!["redirect"]!.GetValue<string>());
    }

    private static ToolResult RunScript(string script, string workingDirectory, Dictionary<string, string> environment)
    {
        // Only what the test gives: the values of an azd environment the test runner may have loaded are removed.
        var variables = new[] { "AUTH_CLIENT_ID", "AUTH_AUTHORITY", "AUTH_APPLICATION_ID_URI", "API_URL", "PANE_ORIGIN" }
            .ToDictionary(name => name, name => environment.GetValueOrDefault(name));
        return ToolProcess.Run("sh", [Path.Combine(Root, "infra", "scripts", script)], workingDirectory, variables);
    }

    [GeneratedRegex(@"^\s+project:\s+(\S+)\s*$")]
    private static partial Regex ProjectLine();

    [GeneratedRegex(@"^\s+run:\s+(\.\./infra/scripts/\S+\.sh)\s*$")]
    private static partial Regex ScriptLine();
}
