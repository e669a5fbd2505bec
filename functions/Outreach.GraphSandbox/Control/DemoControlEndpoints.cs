using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Outreach.GraphSandbox.Demo;
using Outreach.GraphSandbox.Hosting;

namespace Outreach.GraphSandbox.Control;

/// <summary><c>/sandbox/demo/...</c>: the demo network's LinkedIn export, and seeding a demo mailbox from it.</summary>
internal static class DemoControlEndpoints
{
    private const int DefaultSeed = 2024;
    private const int DefaultCount = 300;

    public static void Map(RouteGroupBuilder control, SandboxServices services)
    {
        control.MapGet("/demo/connections.csv", (int? seed, int? count)
            => Results.File(DemoNetwork.Generate(seed ?? DefaultSeed, count ?? DefaultCount).ConnectionsCsvUtf8(), "text/csv; charset=utf-8", "Connections.csv"));

        control.MapPost("/demo/seed", (DemoSeedBody body) => ControlResults.Try(() =>
        {
            var seed = body.Seed ?? DefaultSeed;
            var network = DemoNetwork.Generate(seed, body.Count ?? DefaultCount);
            var defaults = new DemoOptions();
            var demo = DemoMailbox.Seed(services, body.Mailbox, network.MailboxPeople, seed, defaults with
            {
                ReplyDelayMin = body.ReplyDelayMinSeconds is { } min ? TimeSpan.FromSeconds(min) : defaults.ReplyDelayMin,
                ReplyDelayMax = body.ReplyDelayMaxSeconds is { } max ? TimeSpan.FromSeconds(max) : defaults.ReplyDelayMax,
            });
            return Results.Ok(new
            {
                connections = network.Connections.Count,
                mailboxPeople = network.MailboxPeople.Count,
                withHistory = demo.History.Count,
                mails = demo.History.Sum(h => h.Mails),
            });
        }));
    }
}
