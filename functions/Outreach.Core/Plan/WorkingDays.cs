namespace Outreach.Plan;

/// <summary>Calendar arithmetic over working days: every day, or Monday to Friday.</summary>
public static class WorkingDays
{
    /// <summary>Whether <paramref name="day"/> is a working day.</summary>
    public static bool IsWorkingDay(DateOnly day, bool weekdaysOnly) => !weekdaysOnly || !IsWeekend(day.DayNumber);

    /// <summary>Working days from <paramref name="first"/> through <paramref name="last"/>, both included; 0 when last is before first.</summary>
    public static int Count(DateOnly first, DateOnly last, bool weekdaysOnly)
    {
        if (last < first)
        {
            return 0;
        }

        var days = last.DayNumber - first.DayNumber + 1;
        if (!weekdaysOnly)
        {
            return days;
        }

        // Every run of 7 days holds exactly 5 weekdays; only the leftover needs looking at.
        var weeks = days / 7;
        var count = weeks * 5;
        for (var day = first.DayNumber + (weeks * 7); day <= last.DayNumber; day++)
        {
            count += IsWeekend(day) ? 0 : 1;
        }

        return count;
    }

    /// <summary>
    /// The <paramref name="n"/>-th working day on or after <paramref name="from"/> (n = 1 is the first
    /// working day on or after it); null when that day lies beyond the calendar's end.
    /// </summary>
    public static DateOnly? Nth(DateOnly from, long n, bool weekdaysOnly)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        long day = from.DayNumber;
        if (!weekdaysOnly)
        {
            day += n - 1;
        }
        else
        {
            while (IsWeekend(day))
            {
                day++;
            }

            var rest = n - 1;
            day += rest / 5 * 7;
            for (rest %= 5; rest > 0; rest -= IsWeekend(day) ? 0 : 1)
            {
                day++;
            }
        }

        return day <= DateOnly.MaxValue.DayNumber ? DateOnly.FromDayNumber((int)day) : null;
    }

    // Day number 0 (1 January 0001) was a Monday, so 5 and 6 modulo 7 are Saturday and Sunday.
    private static bool IsWeekend(long dayNumber) => dayNumber % 7 >= 5;
}
