using System.Globalization;
using System.Xml.Linq;
using Xunit.Abstractions;

namespace Outreach.UnitTests.Manifest;

/// <summary>
/// The add-in's <c>manifest.xml</c>: valid against the official XSDs (offline), and the facts the add-in relies on.
/// </summary>
public sealed class ManifestTests(ITestOutputHelper output)
{
    private static readonly XNamespace App = "http://schemas.microsoft.com/office/appforoffice/1.1";
    private static readonly XNamespace Or10 = "http://schemas.microsoft.com/office/mailappversionoverrides";
    private static readonly XNamespace Or11 = "http://schemas.microsoft.com/office/mailappversionoverrides/1.1";
    private static readonly XNamespace Bt = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";
    private static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    private static readonly Version MinimumMailbox = new(1, 8);

    [Fact]
    public void ManifestIsValidAgainstTheSchemas()
    {
        var problems = ManifestValidator.ValidateFile(ManifestValidator.ManifestPath);

        Assert.True(problems.Count == 0, "manifest.xml is not valid:" + Environment.NewLine + string.Join(Environment.NewLine, problems));
    }

    [Theory]
    [InlineData("top-level Id removed", "'Id'")]
    [InlineData("ProviderName after DefaultLocale", "'ProviderName'")]
    [InlineData("SupportsPinning before SourceLocation", "'SupportsPinning'")]
    [InlineData("WebApplicationInfo before Resources", "invalid child element 'Resources'")]
    [InlineData("RequestedHeight out of range", "RequestedHeight' element is invalid")]
    public void BrokenCopiesFailValidation(string change, string mentioned)
    {
        var doc = Load();
        var or11 = VersionOverrides11(doc);
        switch (change)
        {
            case "top-level Id removed":
                doc.Root!.Element(App + "Id")!.Remove();
                break;
            case "ProviderName after DefaultLocale":
                var provider = doc.Root!.Element(App + "ProviderName")!;
                provider.Remove();
                doc.Root!.Element(App + "DefaultLocale")!.AddAfterSelf(provider);
                break;
            case "SupportsPinning before SourceLocation":
                var pinning = or11.Descendants(Or11 + "SupportsPinning").First();
                var action = pinning.Parent!;
                pinning.Remove();
                action.AddFirst(pinning);
                break;
            case "WebApplicationInfo before Resources":
                var info = or11.Element(Or11 + "WebApplicationInfo")!;
                info.Remove();
                or11.Element(Or11 + "Resources")!.AddBeforeSelf(info);
                break;
            case "RequestedHeight out of range":
                doc.Descendants(App + "RequestedHeight").First().Value = "1000";
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(change), change, "unknown change");
        }

        var problems = ManifestValidator.ValidateText(doc.ToString());
        foreach (var problem in problems)
        {
            output.WriteLine(problem);
        }

        Assert.Contains(problems, p => p.StartsWith("Error", StringComparison.Ordinal) && p.Contains(mentioned, StringComparison.Ordinal));
    }

    [Fact]
    public void IsAMailApp()
    {
        var root = Load().Root!;

        Assert.Equal(App + "OfficeApp", root.Name);
        Assert.Equal("MailApp", TypeOf(root));
        Assert.Equal("Mailbox", Assert.Single(root.Elements(App + "Hosts").Elements(App + "Host")).Attribute("Name")?.Value);
        Assert.Equal("ReadWriteItem", root.Element(App + "Permissions")?.Value);
    }

    [Fact]
    public void RequiresMailbox18Everywhere()
    {
        var doc = Load();
        var topLevel = doc.Root!.Element(App + "Requirements")!.Elements(App + "Sets").Elements(App + "Set");
        var overrides = VersionOverrides11(doc).Element(Or11 + "Requirements")!.Elements(Bt + "Sets").Elements(Bt + "Set");

        foreach (var sets in new[] { topLevel, overrides })
        {
            var mailbox = Assert.Single(sets, s => s.Attribute("Name")?.Value == "Mailbox");
            var version = mailbox.Attribute("MinVersion")?.Value ?? mailbox.Parent!.Attribute("DefaultMinVersion")?.Value ?? "1.1";
            Assert.True(Version.Parse(version) >= MinimumMailbox, $"Mailbox {version} < {MinimumMailbox}");
        }
    }

    [Theory]
    [InlineData("MessageReadCommandSurface")]
    [InlineData("MessageComposeCommandSurface")]
    public void SurfaceHasAPinnableTaskPaneButton(string surface)
    {
        var or11 = VersionOverrides11(Load());

        var point = Assert.Single(or11.Descendants(Or11 + "ExtensionPoint"), e => TypeOf(e) == surface);
        var actions = point.Descendants(Or11 + "Action").Where(a => TypeOf(a) == "ShowTaskpane").ToList();

        Assert.NotEmpty(actions);
        Assert.All(actions, a => Assert.Equal("true", a.Element(Or11 + "SupportsPinning")?.Value));
        Assert.All(actions, a => Assert.False(string.IsNullOrEmpty(a.Element(Or11 + "SourceLocation")?.Attribute("resid")?.Value)));
    }

    [Fact]
    public void VersionOverrides10OffersTheSameSurfaces()
    {
        var or10 = Load().Root!.Element(Or10 + "VersionOverrides")!;

        var surfaces = or10.Elements(Or10 + "Hosts").Descendants(Or10 + "ExtensionPoint").Select(TypeOf).Order(StringComparer.Ordinal);

        Assert.Equal(["MessageComposeCommandSurface", "MessageReadCommandSurface"], surfaces);
    }

    [Fact]
    public void DeclaresWebApplicationInfoWithTheApiScope()
    {
        var info = VersionOverrides11(Load()).Element(Or11 + "WebApplicationInfo");

        Assert.NotNull(info);
        var id = info.Element(Or11 + "Id")?.Value;
        var resource = info.Element(Or11 + "Resource")?.Value;
        Assert.True(Guid.TryParse(id, out _), $"WebApplicationInfo Id '{id}' is not a GUID");
        Assert.NotNull(resource);
        Assert.StartsWith("api://", resource, StringComparison.Ordinal);
        Assert.EndsWith("/" + id, resource, StringComparison.Ordinal);
        var scopes = info.Elements(Or11 + "Scopes").Elements(Or11 + "Scope").Select(s => s.Value).ToList();
        Assert.Contains(resource + "/access_as_user", scopes);
        Assert.Contains("openid", scopes);
    }

    [Fact]
    public void EveryUserVisibleStringHasAGermanOverride()
    {
        var doc = Load();
        var localised = new[] { doc.Root!.Element(App + "DisplayName")!, doc.Root!.Element(App + "Description")! }
            .Concat(doc.Descendants(Bt + "ShortStrings").Elements(Bt + "String"))
            .Concat(doc.Descendants(Bt + "LongStrings").Elements(Bt + "String"))
            .ToList();

        Assert.True(localised.Count >= 4, "expected DisplayName, Description and resource strings");
        Assert.All(localised, element =>
        {
            var german = element.Elements().Where(o => o.Name.LocalName == "Override" && o.Attribute("Locale")?.Value == "de-DE").ToList();
            var value = Assert.Single(german).Attribute("Value")?.Value;
            Assert.False(string.IsNullOrWhiteSpace(value), $"{element.Name.LocalName} {element.Attribute("id")?.Value}: empty de-DE override");
        });
    }

    [Fact]
    public void EveryUrlIsHttps()
    {
        var urls = Urls(Load()).ToList();

        Assert.True(urls.Count >= 10, $"expected the manifest's URLs, found {urls.Count}");
        Assert.All(urls, url => Assert.True(
            Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps,
            $"'{url}' is not an absolute https URL"));
    }

    [Fact]
    public void TaskPaneIconsAndAppDomainShareOneOrigin()
    {
        var doc = Load();
        var paneAndIcons = new[] { "IconUrl", "HighResolutionIconUrl", "SupportUrl" }
            .Select(n => doc.Root!.Element(App + n)!.Attribute("DefaultValue")!.Value)
            .Concat(doc.Descendants(App + "SourceLocation").Select(s => s.Attribute("DefaultValue")!.Value))
            .Concat(doc.Descendants(Bt + "Image").Select(i => i.Attribute("DefaultValue")?.Value).OfType<string>())
            .Concat(doc.Descendants(Bt + "Url").Select(u => u.Attribute("DefaultValue")!.Value))
            .ToList();

        var origins = paneAndIcons.Select(u => new Uri(u).GetLeftPart(UriPartial.Authority)).Distinct(StringComparer.Ordinal).ToList();

        var origin = Assert.Single(origins);
        Assert.Equal(origin, Assert.Single(doc.Descendants(App + "AppDomain")).Value);
    }

    [Fact]
    public void EveryResourceReferenceResolves()
    {
        var doc = Load();
        foreach (var overrides in new[] { doc.Root!.Element(Or10 + "VersionOverrides")!, VersionOverrides11(doc) })
        {
            var resources = overrides.Elements().Single(e => e.Name.LocalName == "Resources");
            var ids = resources.Descendants().Select(e => e.Attribute("id")?.Value).OfType<string>().ToHashSet(StringComparer.Ordinal);
            var hosts = overrides.Elements().Single(e => e.Name.LocalName == "Hosts");
            var missing = hosts.Descendants()
                .Select(e => e.Attribute("resid")?.Value)
                .OfType<string>()
                .Where(r => !ids.Contains(r))
                .ToList();

            Assert.True(missing.Count == 0, $"{overrides.Name.NamespaceName}: unknown resid {string.Join(", ", missing)}");
        }
    }

    [Fact]
    public void ButtonIconsCome16And32And80()
    {
        var or11 = VersionOverrides11(Load());

        var sizes = or11.Descendants(Or11 + "Icon").Select(icon => string.Join(
            ',',
            icon.Elements(Bt + "Image").Select(i => int.Parse(i.Attribute("size")!.Value, CultureInfo.InvariantCulture)).Order()));

        Assert.All(sizes, s => Assert.Equal("16,32,80", s));
    }

    private static XDocument Load() => XDocument.Load(ManifestValidator.ManifestPath);

    private static XElement VersionOverrides11(XDocument doc) =>
        doc.Root!.Element(Or10 + "VersionOverrides")!.Element(Or11 + "VersionOverrides")!;

    /// <summary>The local name of an element's <c>xsi:type</c> (prefix dropped).</summary>
    private static string? TypeOf(XElement element)
    {
        var type = element.Attribute(Xsi + "type")?.Value;
        return type?[(type.IndexOf(':', StringComparison.Ordinal) + 1)..];
    }

    /// <summary>Every URL the client loads: URL attributes, source locations, images, URL resources and app domains.</summary>
    private static IEnumerable<string> Urls(XDocument doc)
    {
        var urlElements = new HashSet<string>(StringComparer.Ordinal)
        {
            "IconUrl", "HighResolutionIconUrl", "SupportUrl", "SourceLocation", "Image", "Url",
        };
        foreach (var element in doc.Descendants())
        {
            if (urlElements.Contains(element.Name.LocalName) || (element.Name.LocalName == "Override" && urlElements.Contains(element.Parent!.Name.LocalName)))
            {
                foreach (var name in new[] { "DefaultValue", "Value" })
                {
                    if (element.Attribute(name)?.Value is { } value)
                    {
                        yield return value;
                    }
                }
            }
        }

        foreach (var domain in doc.Descendants(App + "AppDomain"))
        {
            yield return domain.Value;
        }
    }
}
