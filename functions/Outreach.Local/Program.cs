using Outreach.Local.Commands;

try
{
    // `token ...` prints a development bearer token, `manifest ...` writes a manifest for a deployment;
    // anything else starts the local run.
    return args switch
    {
        [TokenCommand.Name, ..] => TokenCommand.Run(args[1..], Console.Out, Console.Error),
        [ManifestCommand.Name, ..] => ManifestCommand.Run(args[1..], Console.Out, Console.Error),
        _ => await RunCommand.RunAsync(args, Console.Out),
    };
}
catch (UsageException exception)
{
    await Console.Error.WriteLineAsync(exception.Message);
    return 2;
}
