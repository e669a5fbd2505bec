using System.Xml;
using System.Xml.Linq;
using Outreach.Local.Hosting;
using Outreach.Local.Manifest;

namespace Outreach.Local.Commands;

/// <summary>
/// <c>manifest --pane-origin https://HOST --client-id GUID --out FILE [--manifest FILE]</c>: writes the
/// repository's <c>manifest.xml</c> pointed at a deployed pane and app registration, ready to sideload.
/// Starts nothing.
/// </summary>
internal static class ManifestCommand
{
    public const string Name = "manifest";

    private const string Usage = "Usage: manifest --pane-origin https://HOST --client-id GUID --out FILE [--manifest FILE]";

    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        var arguments = CommandLineArguments.Parse(args, "pane-origin", "client-id", "out", "manifest");
        if (arguments.Rest.Count > 0 || arguments.Text("pane-origin") is not { } origin || arguments.Text("client-id") is not { } id
            || arguments.Text("out") is not { Length: > 0 } target)
        {
            error.WriteLine(Usage);
            return 2;
        }

        if (!Uri.TryCreate(origin.TrimEnd('/'), UriKind.Absolute, out var paneOrigin) || paneOrigin.Scheme != Uri.UriSchemeHttps || paneOrigin.AbsolutePath != "/")
        {
            throw new UsageException($"--pane-origin must be an https origin such as https://example.azurestaticapps.net, not '{origin}'.");
        }

        if (!Guid.TryParse(id, out var clientId))
        {
            throw new UsageException($"--client-id must be the app registration's client id (a GUID), not '{id}'.");
        }

        var source = arguments.Text("manifest") ?? Path.Combine(RepositoryRoot.Find(), "manifest.xml");
        var manifest = XDocument.Load(source, LoadOptions.PreserveWhitespace);
        var deployed = DeployedManifest.Rewrite(manifest, paneOrigin, clientId);

        var settings = new XmlWriterSettings { Encoding = new System.Text.UTF8Encoding(false), Indent = false };
        using (var writer = XmlWriter.Create(target, settings))
        {
            deployed.Save(writer);
        }

        output.WriteLine($"Wrote {Path.GetFullPath(target)} for {paneOrigin.GetLeftPart(UriPartial.Authority)} (client id {clientId}).");
        return 0;
    }
}
