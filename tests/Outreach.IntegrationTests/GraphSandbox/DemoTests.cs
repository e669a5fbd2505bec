using System.Net.Http.Json;
using System.Text;
using Outreach.GraphSandbox;
using Outreach.GraphSandbox.Demo;
using Outreach.GraphSandbox.Mail;
using Outreach.Import;
using Sandbox = Outreach.GraphSandbox.GraphSandbox;

namespace Outreach.IntegrationTests.GraphSandbox;

public sealed class DemoTests
{
    private const string Oid = "1f2a3b4c-5d6e-4f7a-8b9c-0d1e2f3a4b5c";

    [Fact]
    public void ConnectionsCsvParsesAsALinkedInExport()
    {
        var network = DemoNetwork.Generate(seed: 7, count: 300, today: new DateOnly(2026, 11, 1));
        var bytes = network.ConnectionsCsvUtf8();

        using var stream = new MemoryStream(bytes, writable: false);
        var file = ContactFileReader.Read(stream);

        Assert.Contains("\r\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
        Assert.Equal(ContactFileFormat.LinkedIn, file.Format);
        Assert.Empty(file.Rejected);
        Assert.Equal(300, file.Rows.Count);
        Assert.Equal(300, file.Rows.Select(r => r.ProfileUrl).Distinct().Count());
        Assert.All(file.Rows, r => Assert.InRange(r.ConnectedOn!.Value, new DateOnly(2008, 1, 1), new DateOnly(2026, 11, 1)));

        // Varied, as a real network: many names, some shared e-mails, companies with commas intact.
        Assert.True(file.Rows.Select(r => r.FirstName).Distinct().Count() > 40);
        Assert.InRange(file.Rows.Count(r => r.Emails.Count > 0), 30, 100);
        Assert.Contains(file.Rows, r => r.Company is "Smith, Jones & Partners" or "Acme, Inc.");
        Assert.Contains(file.Rows, r => r.FirstName!.Any(c => c > 127) || r.LastName!.Any(c => c > 127));

        // Some people are known only from the mailbox: no e-mail in the export, an address in mail.
        Assert.Contains(network.MailboxPeople, p => p.HistoryRequired);
    }

    [Fact]
    public void SameSeedSameNetwork()
    {
        var day = new DateOnly(2026, 1, 1);

        Assert.Equal(DemoNetwork.Generate(3, 50, day).ConnectionsCsv(), DemoNetwork.Generate(3, 50, day).ConnectionsCsv());
        Assert.NotEqual(DemoNetwork.Generate(3, 50, day).ConnectionsCsv(), DemoNetwork.Generate(4, 50, day).ConnectionsCsv());
    }

    [Fact]
    public async Task SeedWritesOldMailInBothFoldersForThoseWhoNeedIt()
    {
        await using var sandbox = await Sandbox.StartAsync(new GraphSandboxOptions { Port = 0 });
        var people = DemoNetwork.Generate(11, 120).MailboxPeople;

        var demo = DemoMailbox.Seed(sandbox, Oid, people, seed: 11);

        Assert.All(people.Where(p => p.HistoryRequired), p => Assert.Contains(demo.History, h => h.Person == p));
        Assert.NotEmpty(sandbox.Mail.Messages(Oid, SandboxFolders.Inbox));
        Assert.NotEmpty(sandbox.Mail.Messages(Oid, SandboxFolders.SentItems));
        Assert.Equal(demo.History.Sum(h => h.Mails), sandbox.Mail.Messages(Oid).Count);
        Assert.All(sandbox.Mail.Messages(Oid), m => Assert.True(m.ReceivedDateTime.Year < DateTimeOffset.UtcNow.Year));
        Assert.All(demo.History, h => Assert.InRange(h.Mails, 1, 9));

        await using var again = await Sandbox.StartAsync(new GraphSandboxOptions { Port = 0 });
        var replay = DemoMailbox.Seed(again, Oid, people, seed: 11);
        Assert.Equal(demo.History.Select(h => (h.Person, h.Mails, h.LastExchanged)), replay.History.Select(h => (h.Person, h.Mails, h.LastExchanged)));
    }

    [Fact]
    public async Task PeopleAnswerTheUsersMailAsTheSeedPlans()
    {
        await using var sandbox = await Sandbox.StartAsync(new GraphSandboxOptions { Port = 0 });
        var people = DemoNetwork.Generate(5, 200).MailboxPeople.Take(24).ToList();
        var options = new DemoOptions { HistoryShare = 0, ReplyDelayMin = TimeSpan.FromMilliseconds(50), ReplyDelayMax = TimeSpan.FromMilliseconds(300), ReplyShare = 0.5, OutOfOfficeShare = 0.2, BounceShare = 0.1 };
        var demo = DemoMailbox.Seed(sandbox, Oid, people, seed: 5, options);
        var before = sandbox.Mail.Messages(Oid, SandboxFolders.Inbox).Count;

        var sent = people.ToDictionary(p => p.Address, p => sandbox.Mail.SendAsUser(Oid, [new SandboxAddress(p.Address, p.Name)], subject: "Long time no see"));
        var plans = people.Select(p => demo.ScheduledReplies.PlanFor(p, 1)).ToList();
        var expected = plans.Count(p => p.Kind != ReplyKind.None);
        Assert.Contains(plans, p => p.Kind == ReplyKind.Reply);
        Assert.Contains(plans, p => p.Kind == ReplyKind.OutOfOffice);

        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (sandbox.Mail.Messages(Oid, SandboxFolders.Inbox).Count - before < expected && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        var answers = sandbox.Mail.Messages(Oid, SandboxFolders.Inbox).Skip(before).ToList();
        Assert.Equal(expected, answers.Count);
        Assert.Empty(demo.ScheduledReplies.Pending);
        foreach (var plan in plans.Where(p => p.Kind != ReplyKind.None))
        {
            var original = sent[plan.Person.Address];
            var answer = Assert.Single(answers, a => a.InReplyTo == original.InternetMessageId);
            switch (plan.Kind)
            {
                case ReplyKind.Reply:
                    Assert.Equal(plan.Person.Address, answer.From.Address);
                    Assert.Equal("Re: Long time no see", answer.Subject);
                    Assert.Null(answer.Header("Auto-Submitted"));
                    break;
                case ReplyKind.OutOfOffice:
                    Assert.Equal("auto-generated", answer.Header("Auto-Submitted"));
                    break;
                case ReplyKind.Bounce:
                    Assert.StartsWith("MAILER-DAEMON@", answer.From.Address, StringComparison.Ordinal);
                    Assert.Equal(plan.Person.Address, answer.Header("X-Failed-Recipients"));
                    break;
            }
        }
    }

    [Fact]
    public async Task DemoIsReachableOverHttp()
    {
        await using var sandbox = await Sandbox.StartAsync(new GraphSandboxOptions { Port = 0 });
        using var http = new HttpClient { BaseAddress = sandbox.ControlUrl };

        var csv = await http.GetByteArrayAsync("demo/connections.csv?seed=9&count=40");
        var seeded = await (await http.PostAsJsonAsync("demo/seed", new { mailbox = Oid, seed = 9, count = 40 })).Content.ReadFromJsonAsync<JsonObject>();

        Assert.Equal(DemoNetwork.Generate(9, 40).ConnectionsCsvUtf8(), csv);
        Assert.Equal(40, seeded!["connections"]!.GetValue<int>());
        Assert.Equal(sandbox.Mail.Messages(Oid).Count, seeded["mails"]!.GetValue<int>());
    }
}
