using Outreach.GraphSandbox.Demo;
using Outreach.Local.Tokens;

namespace Outreach.Local.Commands;

/// <summary>
/// The local run's demo: a fictional network of a few hundred people (its Connections.csv is written to
/// the data folder) and the mailbox of the user "demo" in the Graph sandbox, with years of history and
/// people who reply a little while after the user writes to them.
/// </summary>
internal static class DemoMode
{
    public const int DefaultGraphPort = 7072;
    public const string DemoUser = "demo";
    private const int NetworkSeed = 2015;

    /// <summary>The demo's defaults, or people who answer after <paramref name="replyDelaySeconds"/> (0: the default 20-60 s).</summary>
    public static DemoOptions Options(double replyDelaySeconds)
        => replyDelaySeconds > 0
            ? new DemoOptions { ReplyDelayMin = TimeSpan.FromSeconds(replyDelaySeconds), ReplyDelayMax = TimeSpan.FromSeconds(replyDelaySeconds) }
            : new DemoOptions();

    public static DemoMailbox Seed(GraphSandbox.GraphSandbox sandbox, string dataDirectory, DemoOptions? options = null)
    {
        var network = DemoNetwork.Generate(NetworkSeed, count: 300);
        Directory.CreateDirectory(Path.Combine(dataDirectory, "demo"));
        File.WriteAllBytes(NetworkPath(dataDirectory), network.ConnectionsCsvUtf8());
        var mailbox = DemoMailboxKey;
        sandbox.Mail.SetOwner(mailbox, DevelopmentUsers.UserPrincipalNameFor(DemoUser), DevelopmentUsers.DisplayNameFor(DemoUser));
        return DemoMailbox.Seed(sandbox, mailbox, network.MailboxPeople, NetworkSeed, options);
    }

    /// <summary>The demo network's LinkedIn export, in the run's data folder.</summary>
    public static string NetworkPath(string dataDirectory) => Path.Combine(dataDirectory, "demo", "Connections.csv");

    public static string DemoMailboxKey => DevelopmentUsers.ObjectIdFor(DemoUser).ToString();

    public static void Describe(TextWriter output, GraphSandbox.GraphSandbox sandbox, DemoMailbox demo, string dataDirectory)
    {
        // Short when it lies below the current folder (the default .outreach/), else the full path.
        var full = Path.GetFullPath(NetworkPath(dataDirectory));
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), full);
        var network = relative.StartsWith("..", StringComparison.Ordinal) ? full : relative;
        output.WriteLine($"  Graph     sandbox {sandbox.BaseUrl} (control: {sandbox.ControlUrl})");
        output.WriteLine($"  Demo      user '{DemoUser}': {demo.History.Count} people with mail history in the sandbox mailbox {demo.Mailbox}");
        output.WriteLine($"            network: {network} — import it, connect the mailbox, then send a mail as the user:");
        output.WriteLine($"            curl -X POST {sandbox.ControlUrl}mailboxes/{demo.Mailbox}/send -H 'Content-Type: application/json' -d '{{\"to\":[\"<address>\"],\"subject\":\"Hello\"}}'");
    }
}
