namespace Outreach.GraphSandbox.Graph;

/// <summary>The <c>Prefer</c> preferences the sandbox honours: page size and immutable ids.</summary>
internal sealed record PreferHeader(int? MaxPageSize, bool ImmutableId)
{
    /// <summary>Reads comma-separated preferences, from one header or several joined.</summary>
    public static PreferHeader Parse(string? header)
    {
        int? maxPageSize = null;
        var immutableId = false;
        foreach (var part in (header ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var (name, value) = part.IndexOf('=') is var i and >= 0 ? (part[..i].Trim(), part[(i + 1)..].Trim().Trim('"')) : (part, string.Empty);
            if (name.Equals("odata.maxpagesize", StringComparison.OrdinalIgnoreCase) && int.TryParse(value, out var size) && size > 0)
            {
                maxPageSize = size;
            }
            else if (name.Equals("IdType", StringComparison.OrdinalIgnoreCase) && value.Equals("ImmutableId", StringComparison.OrdinalIgnoreCase))
            {
                immutableId = true;
            }
        }

        return new PreferHeader(maxPageSize, immutableId);
    }

    /// <summary>The <c>Preference-Applied</c> value for what was honoured, or null.</summary>
    public string? Applied(bool pageSizeApplied)
    {
        var applied = new List<string>();
        if (pageSizeApplied && MaxPageSize is { } size)
        {
            applied.Add($"odata.maxpagesize={size}");
        }

        if (ImmutableId)
        {
            applied.Add("IdType=\"ImmutableId\"");
        }

        return applied.Count == 0 ? null : string.Join(", ", applied);
    }
}
