using Microsoft.Extensions.Logging;

namespace Outreach.IntegrationTests.Api;

/// <summary>A host on its own storage whose every log line, Trace included, is captured.</summary>
public sealed class TraceLogHostFixture() : CapturedLogHostFixture(LogLevel.Trace);
