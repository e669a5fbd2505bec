using Microsoft.Azure.Functions.Worker;
using Outreach.IntegrationTests.LocalHost.TestFunctions;

namespace Outreach.IntegrationTests.LocalHost;

/// <summary>Timer triggers on their NCRONTAB schedule (seconds first) and on startup.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class TimerTriggerTests(AzuriteFixture storage)
{
    private const string EverySecond = "*/1 * * * * *";
    private const string OnceAYear = "0 0 0 1 1 *";

    private readonly InvocationLog _log = new();

    [Fact]
    public async Task TimerRunsOnItsSchedule()
    {
        var app = TestFunctionApp.Write(TestFunctionApp.DefaultHostJson, TestFunctionApp.Timer<TimerProbeFunctions>(nameof(TimerProbeFunctions.Tick), EverySecond));
        await using var host = await DispatcherHost.StartAsync(storage, app, _log);

        var runs = (await _log.WaitForAsync(nameof(TimerProbeFunctions.Tick), count: 2)).Cast<TimerInfo>().ToList();

        var second = runs[1].ScheduleStatus!;
        Assert.True(second.Last > DateTime.MinValue, "the second run knows when the first ran");
        Assert.True(second.Next > second.Last);
    }

    [Fact]
    public async Task RunOnStartupRunsOnceWhenTheHostStarts()
    {
        var app = TestFunctionApp.Write(TestFunctionApp.DefaultHostJson, TestFunctionApp.Timer<TimerProbeFunctions>(nameof(TimerProbeFunctions.Startup), OnceAYear, runOnStartup: true));
        await using var host = await DispatcherHost.StartAsync(storage, app, _log);

        await _log.WaitForAsync(nameof(TimerProbeFunctions.Startup));
        await Task.Delay(TimeSpan.FromSeconds(1.5));

        Assert.Single(_log.Of(nameof(TimerProbeFunctions.Startup)));
    }

    [Fact]
    public async Task ScheduleCanComeFromAnAppSetting()
    {
        var app = TestFunctionApp.Write(TestFunctionApp.DefaultHostJson, TestFunctionApp.Timer<TimerProbeFunctions>(nameof(TimerProbeFunctions.Tick), "%ProbeSchedule%"));
        await using var host = await DispatcherHost.StartAsync(storage, app, _log, new Dictionary<string, string?> { ["ProbeSchedule"] = EverySecond });

        await _log.WaitForAsync(nameof(TimerProbeFunctions.Tick));
    }

    [Fact]
    public async Task ADisabledFunctionDoesNotRun()
    {
        var app = TestFunctionApp.Write(TestFunctionApp.DefaultHostJson, TestFunctionApp.Timer<TimerProbeFunctions>(nameof(TimerProbeFunctions.Startup), EverySecond, runOnStartup: true));
        await using var host = await DispatcherHost.StartAsync(storage, app, _log, new Dictionary<string, string?> { ["AzureWebJobs.Startup.Disabled"] = "true" });

        await Task.Delay(TimeSpan.FromSeconds(1.5));

        Assert.Empty(_log.Of(nameof(TimerProbeFunctions.Startup)));
    }
}
