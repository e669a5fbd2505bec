using System.Xml.Linq;

namespace Outreach.Local.Manifest;

/// <summary>
/// Points the repository's add-in manifest at a deployment: every URL on the local pane origin moves to
/// the deployed pane's origin (paths kept), and <c>WebApplicationInfo</c> names the app registration
/// with the Application ID URI nested app authentication expects, <c>api://{pane host}/{client id}</c>.
/// </summary>
public static class DeployedManifest
{
    private static readonly XNamespace Or11 = "http://schemas.microsoft.com/office/mailappversionoverrides/1.1";
    private static readonly XNamespace App = "http://schemas.microsoft.com/office/appforoffice/1.1";

    public static XDocument Rewrite(XDocument manifest, Uri paneOrigin, Guid clientId)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        ArgumentNullException.ThrowIfNull(paneOrigin);
        if (paneOrigin.Scheme != Uri.UriSchemeHttps || paneOrigin.AbsolutePath != "/" || !string.IsNullOrEmpty(paneOrigin.Query))
        {
            throw new ArgumentException($"The pane origin must be an https origin without a path, not '{paneOrigin}'.", nameof(paneOrigin));
        }

        var document = new XDocument(manifest);
        var appDomain = document.Descendants(App + "AppDomain").FirstOrDefault()
            ?? throw new InvalidOperationException("The manifest has no AppDomain to take the current pane origin from.");
        var oldOrigin = appDomain.Value.Trim().TrimEnd('/');
        var newOrigin = paneOrigin.GetLeftPart(UriPartial.Authority);

        foreach (var attribute in document.Descendants().Attributes().Where(a => StartsWithOrigin(a.Value, oldOrigin)))
        {
            attribute.Value = newOrigin + attribute.Value[oldOrigin.Length..];
        }

        foreach (var element in document.Descendants().Where(e => !e.HasElements && StartsWithOrigin(e.Value.Trim(), oldOrigin)))
        {
            element.Value = newOrigin + element.Value.Trim()[oldOrigin.Length..];
        }

        var info = document.Descendants(Or11 + "WebApplicationInfo").SingleOrDefault()
            ?? throw new InvalidOperationException("The manifest has no WebApplicationInfo.");
        var resource = info.Element(Or11 + "Resource") ?? throw new InvalidOperationException("WebApplicationInfo has no Resource.");
        var oldResource = resource.Value.Trim();
        var newResource = $"api://{paneOrigin.Authority}/{clientId}";
        info.Element(Or11 + "Id")!.Value = clientId.ToString();
        resource.Value = newResource;
        foreach (var scope in info.Descendants(Or11 + "Scope").Where(s => s.Value.StartsWith(oldResource + "/", StringComparison.Ordinal)))
        {
            scope.Value = newResource + scope.Value[oldResource.Length..];
        }

        // The header comment describes the local sideloading setup; say where this copy came from instead
        // (in place, so the file keeps its layout).
        var header = $" Outreach add-in manifest for the deployment at {newOrigin}, app registration {clientId}. "
            + "Written from the repository's manifest.xml by the local host's manifest command (infra/README.md); regenerate rather than edit. ";
        var comments = document.Nodes().OfType<XComment>().ToList();
        if (comments.Count == 0)
        {
            document.Root!.AddBeforeSelf(new XComment(header));
        }
        else
        {
            comments[0].Value = header;
            comments.Skip(1).ToList().ForEach(c => c.Remove());
        }

        return document;
    }

    /// <summary>The origin itself, or a URL on it (not a longer host name that merely starts the same).</summary>
    private static bool StartsWithOrigin(string value, string origin)
        => value.StartsWith(origin, StringComparison.OrdinalIgnoreCase)
            && (value.Length == origin.Length || value[origin.Length] is '/' or '?' or '#');
}
