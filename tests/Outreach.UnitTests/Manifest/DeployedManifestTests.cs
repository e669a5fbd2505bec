using System.Xml.Linq;
using Outreach.Local.Commands;
using Outreach.TestFixtures;

namespace Outreach.UnitTests.Manifest;

/// <summary>The <c>manifest</c> command: the repository's manifest pointed at a deployed pane and app registration.</summary>
public sealed class DeployedManifestTests
{
    private const string PaneOrigin = "https://gentle-sea-0a1b2c3d4.6.azurestaticapps.net";
    private const string ClientId = "3f2504e0-4f89-41d3-9a0c-0305e82c3301";

    private static readonly XNamespace App = "http://schemas.microsoft.com/office/appforoffice/1.1";
    private static readonly XNamespace Or11 = "http://schemas.microsoft.com/office/mailappversionoverrides/1.1";

    [Fact]
    public void DeployedManifestStillValidatesAgainstTheSchemas()
    {
        var path = Write();

        var problems = ManifestValidator.ValidateFile(path);

        Assert.True(problems.Count == 0, "the written manifest is not valid:" + Environment.NewLine + string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void EveryPaneUrlMovesToTheDeployedOriginKeepingItsPath()
    {
        var path = Write();
        var document = XDocument.Load(path);
        var text = File.ReadAllText(path);

        Assert.DoesNotContain("127.0.0.1", text, StringComparison.Ordinal);
        Assert.Equal(PaneOrigin, Assert.Single(document.Descendants(App + "AppDomain")).Value);
        Assert.All(document.Descendants(App + "SourceLocation"), s => Assert.Equal(PaneOrigin + "/pane/index.html", s.Attribute("DefaultValue")!.Value));
        Assert.Equal(PaneOrigin + "/pane/assets/icon-64.png", document.Root!.Element(App + "IconUrl")!.Attribute("DefaultValue")!.Value);

        var urls = document.Descendants().Attributes()
            .Where(a => a.Name.LocalName is "DefaultValue" or "Value" && a.Value.StartsWith("http", StringComparison.Ordinal))
            .Select(a => a.Value)
            .ToList();
        Assert.True(urls.Count >= 10, $"expected the manifest's URLs, found {urls.Count}");
        Assert.All(urls, url => Assert.StartsWith(PaneOrigin + "/pane/", url, StringComparison.Ordinal));
    }

    [Fact]
    public void WebApplicationInfoNamesTheAppRegistrationOnThePaneDomain()
    {
        var info = XDocument.Load(Write()).Descendants(Or11 + "WebApplicationInfo").Single();

        var resource = "api://gentle-sea-0a1b2c3d4.6.azurestaticapps.net/" + ClientId;
        Assert.Equal(ClientId, info.Element(Or11 + "Id")!.Value);
        Assert.Equal(resource, info.Element(Or11 + "Resource")!.Value);
        Assert.Equal(
            ["openid", "profile", "offline_access", resource + "/access_as_user"],
            info.Descendants(Or11 + "Scope").Select(s => s.Value));
    }

    [Fact]
    public void RepositoryManifestIsLeftAsItWas()
    {
        var before = File.ReadAllText(ManifestValidator.ManifestPath);

        Write();

        Assert.Equal(before, File.ReadAllText(ManifestValidator.ManifestPath));
        Assert.Contains("https://127.0.0.1:7443", before, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://gentle-sea.azurestaticapps.net", ClientId, "--pane-origin")]
    [InlineData("https://gentle-sea.azurestaticapps.net/pane/", ClientId, "--pane-origin")]
    [InlineData(PaneOrigin, "not-a-guid", "--client-id")]
    public void BadArgumentsAreRefusedByName(string origin, string clientId, string named)
    {
        var exception = Assert.Throws<UsageException>(() => Run("--pane-origin", origin, "--client-id", clientId, "--out", OutPath()));

        Assert.Contains(named, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingArgumentsPrintTheUsage()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = ManifestCommand.Run(["--pane-origin", PaneOrigin], output, error);

        Assert.Equal(2, exitCode);
        Assert.Contains("--client-id", error.ToString(), StringComparison.Ordinal);
        Assert.Empty(output.ToString());
    }

    private static string Write()
    {
        var path = OutPath();
        Assert.Equal(0, Run("--pane-origin", PaneOrigin, "--client-id", ClientId, "--out", path, "--manifest", ManifestValidator.ManifestPath));
        return path;
    }

    private static int Run(params string[] arguments)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = ManifestCommand.Run(arguments, output, error);
        Assert.True(exitCode != 0 || error.ToString().Length == 0, error.ToString());
        return exitCode;
    }

    private static string OutPath() => Path.Combine(TestDirectories.Create("manifest"), "manifest.deployed.xml");
}
