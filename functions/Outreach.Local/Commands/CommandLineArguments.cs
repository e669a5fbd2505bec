using System.Globalization;

namespace Outreach.Local.Commands;

/// <summary>
/// The few options the local host takes itself (<c>--port</c>, <c>--user</c>, <c>--hours</c>, <c>--storage</c>, <c>--reply-delay</c>,
/// <c>--data-dir</c>); everything else is left for ASP.NET Core configuration.
/// </summary>
internal sealed class CommandLineArguments
{
    private readonly Dictionary<string, string> _options = new(StringComparer.OrdinalIgnoreCase);

    private CommandLineArguments(string? command, List<string> rest)
    {
        Command = command;
        Rest = rest;
    }

    public string? Command { get; }

    /// <summary>Arguments not consumed here, passed on to configuration.</summary>
    public IReadOnlyList<string> Rest { get; }

    public static CommandLineArguments Parse(IReadOnlyList<string> args, params string[] known)
    {
        var command = args.Count > 0 && !args[0].StartsWith('-') ? args[0] : null;
        var rest = new List<string>();
        var parsed = new CommandLineArguments(command, rest);
        for (var i = command is null ? 0 : 1; i < args.Count; i++)
        {
            var name = args[i].TrimStart('-');
            if (args[i].StartsWith("--", StringComparison.Ordinal) && known.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                parsed._options[name] = i + 1 < args.Count
                    ? args[++i]
                    : throw new UsageException($"--{name} needs a value.");
            }
            else
            {
                rest.Add(args[i]);
            }
        }

        return parsed;
    }

    public string? Text(string name) => _options.GetValueOrDefault(name);

    public int Int(string name, int fallback)
        => Text(name) is { } text
            ? int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= 0
                ? value
                : throw new UsageException($"--{name} must be a whole number, not '{text}'.")
            : fallback;

    public double Double(string name, double fallback)
        => Text(name) is { } text
            ? double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value > 0
                ? value
                : throw new UsageException($"--{name} must be a positive number, not '{text}'.")
            : fallback;
}
