namespace Outreach.Mail.Rules;

/// <summary>The form in which addresses are compared and looked up: trimmed, lower case (DESIGN "Addresses").</summary>
public static class AddressKey
{
    /// <summary>The lookup key of an address; null when nothing is left after trimming.</summary>
    public static string? Normalize(string? address)
    {
        var trimmed = address?.Trim().Trim('<', '>').Trim();
        return string.IsNullOrEmpty(trimmed) ? null : trimmed.ToLowerInvariant();
    }
}
