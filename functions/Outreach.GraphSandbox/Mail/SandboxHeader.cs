namespace Outreach.GraphSandbox.Mail;

/// <summary>One entry of a message's <c>internetMessageHeaders</c>.</summary>
public sealed record SandboxHeader(string Name, string Value);
