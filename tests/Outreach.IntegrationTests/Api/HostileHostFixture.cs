using Microsoft.Extensions.Logging;

namespace Outreach.IntegrationTests.Api;

/// <summary>The host the hostile requests go to: its own storage, its log lines from Information up captured.</summary>
public sealed class HostileHostFixture() : CapturedLogHostFixture(LogLevel.Information);
