using System.Text.RegularExpressions;
using Outreach.Local.Catalog;

namespace Outreach.Local.Invocation;

/// <summary>Resolves <c>%SettingName%</c> in binding values from configuration, as the Functions host does.</summary>
internal static partial class AppSettingExpressions
{
    public static string Resolve(string value, IConfiguration configuration, string functionName)
        => SettingReference().Replace(value, match =>
        {
            var name = match.Groups[1].Value;
            var setting = configuration[name];
            return string.IsNullOrEmpty(setting)
                ? throw FunctionIndexingException.For(functionName, $"setting '{name}' referenced as '%{name}%' is not configured.")
                : setting;
        });

    [GeneratedRegex("%([^%]+)%")]
    private static partial Regex SettingReference();
}
