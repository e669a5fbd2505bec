using Outreach.Local.Hosting;
using Outreach.Local.Tokens;

namespace Outreach.Local.Commands;

/// <summary>
/// <c>token --user NAME [--port N] [--hours H] [--data-dir DIR]</c>: prints a bearer token for the
/// local run and nothing else, so <c>TOKEN=$(dotnet run ... -- token --user alice)</c> works.
/// Starts nothing; uses the stored signing key the running host uses.
/// </summary>
internal static class TokenCommand
{
    public const string Name = "token";

    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        var arguments = CommandLineArguments.Parse(args, "user", "port", "hours", "data-dir");
        if (arguments.Text("user") is not { Length: > 0 } user)
        {
            error.WriteLine("Usage: token --user NAME [--port N] [--hours H] [--data-dir DIR]");
            return 2;
        }

        var port = arguments.Int("port", LocalHostOptions.DefaultPort);
        var hours = arguments.Double("hours", DevelopmentTokenIssuer.DefaultLifetime.TotalHours);
        var dataDirectory = arguments.Text("data-dir") ?? RepositoryRoot.DataDirectory(RepositoryRoot.Find());
        var serverAddress = new Uri($"http://127.0.0.1:{port}/");

        // The same configuration the host builds, so a configured audience applies to the token too.
        var options = new LocalHostOptions { Port = port, Args = arguments.Rest };
        var configuration = LocalHostApplication.CreateBuilder(options, serverAddress).Configuration;
        var audience = configuration[LocalHostSettings.Audience] ?? DevelopmentTokenIssuer.DefaultAudience;

        using var key = DevelopmentSigningKey.LoadOrCreate(DevelopmentIdentity.KeyFile(dataDirectory));
        var issuer = new DevelopmentTokenIssuer(serverAddress, audience, key);
        output.WriteLine(issuer.CreateToken(user, new DevelopmentTokenOptions { Lifetime = TimeSpan.FromHours(hours) }));
        return 0;
    }
}
