namespace Outreach.Review;

/// <summary>
/// The review's rows in a user's partition, kept so that <c>GET /api/review</c> never reads people:
/// <list type="bullet">
/// <item><c>rv|{yyyy-MM-dd}</c> and <c>rv|{yyyy-MM-dd}|{n}</c> (<see cref="ReviewDayRow"/>, <see cref="ReviewDayShards"/>):
/// the shards of one local day of the plan's time zone on
/// which something the review shows happened. It holds a <see cref="WrittenEntry"/> for every person counted as
/// written that day (via, the instant, their last mail before it, minutes from <i>Write</i> to sent, their
/// first reply), as compact JSON split over properties <c>W0</c>…<c>W9</c> of at most 30,000 characters each
/// (a string property holds 64 KiB), and that day's career changes: a count and the latest one. A person
/// is in the row of the day they were written, so a reply updates that row; reopening removes them. The
/// review reads the period as one range query (1,000 days a page).</item>
/// <item><c>ws|{personId}</c> (<see cref="WriteStartEntity"/>): when <i>Write</i> last opened a compose form
/// for the person; the mail linker reads and deletes it when it counts their mail as written.</item>
/// <item>the summary's <c>ReviewJson</c> (<see cref="ReviewCounters"/>): people who moved on, bounced and
/// found addresses.</item>
/// </list>
/// All of them change in the same ETag-checked transaction as the person and the summary (see
/// <see cref="ReviewLedger"/>), so the figures stay exact.
/// </summary>
public static class ReviewRows
{
    public const string DayPrefix = "rv|";
    public const string WriteStartPrefix = "ws|";

    public static string Day(DateOnly day) => DayPrefix + Iso(day);

    /// <summary>Shard <paramref name="shard"/> of the day's rows (shard 0 keeps the key days had before shards).</summary>
    public static string Day(DateOnly day, int shard)
        => shard == 0 ? Day(day) : Day(day) + "|" + shard.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string WriteStart(string personId) => WriteStartPrefix + personId;

    /// <summary>The rows (every shard) of the days from <paramref name="from"/> through <paramref name="to"/>.</summary>
    public static string DayRange(Auth.UserId user, DateOnly from, DateOnly to)
        => Azure.Data.Tables.TableClient.CreateQueryFilter(
            $"PartitionKey eq {user.PartitionKey} and RowKey ge {Day(from)} and RowKey lt {Day(to.AddDays(1))}");

    private static string Iso(DateOnly day) => People.PersonEntity.FormatDate(day)!;
}
