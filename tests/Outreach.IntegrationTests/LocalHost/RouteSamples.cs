using System.Text.RegularExpressions;

namespace Outreach.IntegrationTests.LocalHost;

/// <summary>Turns a route template into a concrete path with dummy values its constraints accept.</summary>
internal static partial class RouteSamples
{
    public const string DummyGuid = "3f2504e0-4f89-41d3-9a0c-0305e82c3301";

    public static string Fill(string template) => Parameter().Replace(template, match =>
    {
        var constraints = match.Groups["constraints"].Value.ToUpperInvariant();
        if (match.Groups["catchAll"].Success)
        {
            return "sample";
        }

        return constraints switch
        {
            _ when constraints.Contains(":INT", StringComparison.Ordinal) || constraints.Contains(":LONG", StringComparison.Ordinal) => "1",
            _ when constraints.Contains(":BOOL", StringComparison.Ordinal) => "true",
            _ when constraints.Contains(":DATETIME", StringComparison.Ordinal) => "2024-01-01",
            _ when constraints.Contains(":ALPHA", StringComparison.Ordinal) => "sample",
            _ => DummyGuid,
        };
    });

    [GeneratedRegex(@"\{(?<catchAll>\*{1,2})?(?<name>[^}:?=]+)(?<constraints>[^}]*)\}")]
    private static partial Regex Parameter();
}
