using Outreach.Local.Commands;

try
{
    // `token ...` prints a development bearer token; anything else starts the local run.
    return args is [TokenCommand.Name, ..]
        ? TokenCommand.Run(args[1..], Console.Out, Console.Error)
        : await RunCommand.RunAsync(args, Console.Out);
}
catch (UsageException exception)
{
    await Console.Error.WriteLineAsync(exception.Message);
    return 2;
}
