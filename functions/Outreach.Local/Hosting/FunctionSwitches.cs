namespace Outreach.Local.Hosting;

/// <summary>The Functions host's per-function off switch: <c>AzureWebJobs.{Name}.Disabled = true</c>.</summary>
internal static class FunctionSwitches
{
    public static bool IsDisabled(IConfiguration configuration, string functionName)
        => IsTrue(configuration[$"AzureWebJobs.{functionName}.Disabled"])
            || IsTrue(configuration[$"AzureWebJobs_{functionName}_Disabled"]);

    private static bool IsTrue(string? value) => bool.TryParse(value, out var result) && result;
}
