using Outreach.GraphSandbox.Hosting;

namespace Outreach.GraphSandbox.Demo;

/// <summary>
/// A mailbox made to show Outreach without a tenant: old mail with some of the network, and
/// people who answer what the user sends. Dispose to stop the answers (the sandbox does on dispose).
/// </summary>
public sealed class DemoMailbox : IDisposable
{
    private DemoMailbox(string mailbox, IReadOnlyList<PersonHistory> history, ScheduledReplies replies)
    {
        Mailbox = mailbox;
        History = history;
        ScheduledReplies = replies;
    }

    public string Mailbox { get; }

    /// <summary>Who has old mail in the mailbox, and how much.</summary>
    public IReadOnlyList<PersonHistory> History { get; }

    public ScheduledReplies ScheduledReplies { get; }

    /// <summary>Writes the history (deterministic by <paramref name="seed"/>) and starts the scheduled replies.</summary>
    public static DemoMailbox Seed(GraphSandbox sandbox, string mailbox, IReadOnlyList<DemoPerson> people, int seed, DemoOptions? options = null)
        => Seed(sandbox.Services, mailbox, people, seed, options);

    internal static DemoMailbox Seed(SandboxServices sandbox, string mailbox, IReadOnlyList<DemoPerson> people, int seed, DemoOptions? options = null)
    {
        options ??= new DemoOptions();
        var history = HistoryWriter.Write(sandbox.Mail, mailbox, people, seed, options, sandbox.Time.GetUtcNow());

        // Started after the history so old sent mail does not trigger answers.
        var demo = new DemoMailbox(mailbox, history, new ScheduledReplies(sandbox.Mail, mailbox, people, seed, options, sandbox.Time));
        sandbox.Attach(demo);
        return demo;
    }

    public void Dispose() => ScheduledReplies.Dispose();
}
