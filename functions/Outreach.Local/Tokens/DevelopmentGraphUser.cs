namespace Outreach.Local.Tokens;

/// <summary>The user named by a validated on-behalf-of assertion.</summary>
internal sealed record DevelopmentGraphUser(Guid TenantId, Guid ObjectId, string? Name, string? UserName);
