using System.Xml;
using System.Xml.Schema;

namespace Outreach.UnitTests.Manifest;

/// <summary>
/// Validates an add-in manifest offline against the official XSDs copied into <c>Manifest/schemas</c>
/// (see its SOURCES.md). Schema imports resolve to files in that folder only; nothing is fetched.
/// </summary>
internal static class ManifestValidator
{
    private static readonly Lazy<XmlSchemaSet> Schemas = new(LoadSchemas);

    /// <summary>The folder the schemas are copied to in the test output.</summary>
    public static string SchemaDirectory => Path.Combine(AppContext.BaseDirectory, "Manifest", "schemas");

    /// <summary>The repository's <c>manifest.xml</c>, copied into the test output.</summary>
    public static string ManifestPath => Path.Combine(AppContext.BaseDirectory, "Manifest", "manifest.xml");

    /// <summary>Validates the file at <paramref name="path"/>; returns every error and warning with line and column.</summary>
    public static IReadOnlyList<string> ValidateFile(string path)
    {
        using var stream = File.OpenRead(path);
        return Validate(stream, path);
    }

    /// <summary>Validates manifest text; returns every error and warning with line and column.</summary>
    public static IReadOnlyList<string> ValidateText(string xml)
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(xml));
        return Validate(stream, "(text)");
    }

    private static List<string> Validate(Stream stream, string name)
    {
        var problems = new List<string>();
        var settings = new XmlReaderSettings
        {
            ValidationType = ValidationType.Schema,
            Schemas = Schemas.Value,
            ValidationFlags = XmlSchemaValidationFlags.ReportValidationWarnings
                | XmlSchemaValidationFlags.ProcessIdentityConstraints,
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
        };
        settings.ValidationEventHandler += (_, e) => problems.Add(
            $"{e.Severity} {name}({e.Exception?.LineNumber},{e.Exception?.LinePosition}): {e.Message}");

        try
        {
            using var reader = XmlReader.Create(stream, settings);
            while (reader.Read())
            {
            }
        }
        catch (XmlException ex)
        {
            problems.Add($"Error {name}({ex.LineNumber},{ex.LinePosition}): not well-formed: {ex.Message}");
        }

        return problems;
    }

    private static XmlSchemaSet LoadSchemas()
    {
        var problems = new List<string>();
        var set = new XmlSchemaSet { XmlResolver = new LocalFileResolver(SchemaDirectory) };
        set.ValidationEventHandler += (_, e) => problems.Add($"{e.Severity}: {e.Message}");
        set.Add("http://schemas.microsoft.com/office/appforoffice/1.1", Path.Combine(SchemaDirectory, "OfficeAppManifestV1_1.xsd"));
        set.Compile();
        if (problems.Count > 0)
        {
            throw new InvalidOperationException("The manifest schemas do not load: " + string.Join(Environment.NewLine, problems));
        }

        return set;
    }

    /// <summary>Resolves only files inside the schema folder, so validation never touches the network.</summary>
    private sealed class LocalFileResolver(string directory) : XmlUrlResolver
    {
        private readonly string root = Path.GetFullPath(directory) + Path.DirectorySeparatorChar;

        public override object? GetEntity(Uri absoluteUri, string? role, Type? ofObjectToReturn)
        {
            if (!absoluteUri.IsFile || !Path.GetFullPath(absoluteUri.LocalPath).StartsWith(root, StringComparison.Ordinal))
            {
                throw new XmlException($"Refusing to resolve '{absoluteUri}': only the copied schemas in {root} may be loaded.");
            }

            return base.GetEntity(absoluteUri, role, ofObjectToReturn);
        }
    }
}
