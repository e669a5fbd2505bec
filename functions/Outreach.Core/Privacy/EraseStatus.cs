namespace Outreach.Privacy;

/// <summary>The body of <c>GET /api/me/erase</c>: <c>{"state":"pending"}</c> or <c>{"state":"done"}</c>.</summary>
public sealed record EraseStatus(EraseState State);
