using System.Globalization;
using Cronos;

namespace Outreach.Local.Timers;

/// <summary>
/// A timer trigger's schedule: a six-field NCRONTAB expression (seconds first), or a
/// <c>hh:mm:ss</c> interval as App Service plans allow.
/// </summary>
internal sealed class TimerSchedule
{
    private readonly CronExpression? _cron;
    private readonly TimeSpan _interval;
    private readonly TimeZoneInfo _zone;

    private TimerSchedule(CronExpression? cron, TimeSpan interval, TimeZoneInfo zone, string text)
    {
        _cron = cron;
        _interval = interval;
        _zone = zone;
        Text = text;
    }

    public string Text { get; }

    /// <exception cref="FormatException">The expression is neither NCRONTAB nor an interval.</exception>
    public static TimerSchedule Parse(string expression, TimeZoneInfo zone)
    {
        var text = expression.Trim();
        if (!text.Contains(' ', StringComparison.Ordinal)
            && TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var interval)
            && interval > TimeSpan.Zero)
        {
            return new TimerSchedule(null, interval, zone, text);
        }

        try
        {
            return new TimerSchedule(CronExpression.Parse(text, CronFormat.IncludeSeconds), TimeSpan.Zero, zone, text);
        }
        catch (CronFormatException exception)
        {
            throw new FormatException($"'{text}' is not a six-field NCRONTAB expression (seconds first): {exception.Message}", exception);
        }
    }

    /// <summary>The first occurrence strictly after <paramref name="after"/>; null if there is none.</summary>
    public DateTimeOffset? GetNextOccurrence(DateTimeOffset after)
        => _cron is null ? after + _interval : _cron.GetNextOccurrence(after, _zone);

    public override string ToString() => Text;
}
