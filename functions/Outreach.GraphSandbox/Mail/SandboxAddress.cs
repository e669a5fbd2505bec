namespace Outreach.GraphSandbox.Mail;

/// <summary>A mail participant as Graph shows it: <c>{"emailAddress":{"name","address"}}</c>.</summary>
public sealed record SandboxAddress(string Address, string? Name = null)
{
    /// <summary>Lets scripts pass plain addresses where a participant is expected.</summary>
    public static implicit operator SandboxAddress(string address) => FromString(address);

    /// <summary>Reads <c>jane@example.com</c> or <c>Jane Doe &lt;jane@example.com&gt;</c>.</summary>
    public static SandboxAddress FromString(string address)
    {
        var open = address.LastIndexOf('<');
        var close = address.LastIndexOf('>');
        if (open < 0 || close < open)
        {
            return new(address.Trim());
        }

        var name = address[..open].Trim().Trim('"').Trim();
        return new(address[(open + 1)..close].Trim(), name.Length == 0 ? null : name);
    }

    /// <summary>The part after the @, or the whole address when it has none.</summary>
    public string Domain => Address[(Address.LastIndexOf('@') + 1)..];
}
