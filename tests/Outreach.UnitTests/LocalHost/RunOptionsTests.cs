using Outreach.GraphSandbox.Demo;
using Outreach.Local.Commands;

namespace Outreach.UnitTests.LocalHost;

/// <summary>The local run's options for harnesses: its own storage, and demo people who answer sooner.</summary>
public sealed class RunOptionsTests
{
    [Fact]
    public void ReplyDelayMakesEveryDemoReplyComeAfterThatManySeconds()
    {
        var options = DemoMode.Options(2.5);

        Assert.Equal(TimeSpan.FromSeconds(2.5), options.ReplyDelayMin);
        Assert.Equal(TimeSpan.FromSeconds(2.5), options.ReplyDelayMax);
    }

    [Fact]
    public void WithoutAReplyDelayTheDemoKeepsItsDefaultDelays()
    {
        var defaults = new DemoOptions();

        Assert.Equal(defaults, DemoMode.Options(0));
    }

    [Fact]
    public void StorageAndReplyDelayAreReadAsOptionsAndConfigurationIsPassedOn()
    {
        var arguments = CommandLineArguments.Parse(
            ["run", "--storage", "UseDevelopmentStorage=true", "--reply-delay", "1.5", "--Logging:LogLevel:Default=Warning"],
            "storage",
            "reply-delay");

        Assert.Equal("UseDevelopmentStorage=true", arguments.Text("storage"));
        Assert.Equal(1.5, arguments.Double("reply-delay", 0));
        Assert.Equal(["--Logging:LogLevel:Default=Warning"], arguments.Rest);
    }
}
