using Outreach.Benchmarks;

// Storage requests per API call on a large network: a figure that does not depend on the machine.
var people = args.SkipWhile(a => a != "--people").Skip(1).Select(int.Parse).DefaultIfEmpty(30_000).First();
await StorageRequestsBenchmark.RunAsync(people);
