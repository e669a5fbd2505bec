using Outreach.Benchmarks;

// Figures that do not depend on the machine: storage requests per API call, Graph requests per mailbox.
string? Arg(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
var people = int.Parse(Arg("--people") ?? "30000", System.Globalization.CultureInfo.InvariantCulture);
var messages = int.Parse(Arg("--messages") ?? "2000", System.Globalization.CultureInfo.InvariantCulture);
var burst = int.Parse(Arg("--burst") ?? "200", System.Globalization.CultureInfo.InvariantCulture);
var webhookRuns = int.Parse(Arg("--webhook-runs") ?? "5", System.Globalization.CultureInfo.InvariantCulture);
if (args.Contains("--webhook-only"))
{
    await WebhookBenchmark.RunAsync(webhookRuns);
    return;
}

if (!args.Contains("--graph-only"))
{
    await StorageRequestsBenchmark.RunAsync(people);
    Console.WriteLine();
}

if (!args.Contains("--storage-only"))
{
    await GraphRequestsBenchmark.RunAsync(messages, burst);
    Console.WriteLine();
}

if (!args.Contains("--storage-only") && !args.Contains("--graph-only"))
{
    await WebhookBenchmark.RunAsync(webhookRuns);
}
