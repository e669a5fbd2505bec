using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Outreach.Review;

/// <summary>
/// One shard of a <see cref="ReviewDay"/> as a table row: <c>rv|{day}</c> (shard 0, which also holds the
/// day's career changes, and the only row days had before shards) or <c>rv|{day}|{n}</c>. A shard's written
/// entries are one JSON array split over <c>W0</c>…<c>W9</c> (a string property holds at most 32,768
/// characters; the row stays under 1 MiB). <see cref="ReviewDayShards"/> spreads a day over as many shards as
/// it needs, so a day holds any number of people.
/// </summary>
public static class ReviewDayRow
{
    public const int ChunkChars = 30_000;
    public const int MaxChunks = 10;

    /// <summary>
    /// New entries join a shard only while its JSON stays within this, so a few full shards still fit one
    /// transaction (4 MiB, counting JSON escapes) and later replies can grow the entries.
    /// </summary>
    public const int ShardChars = 3 * ChunkChars;

    public static DateOnly DateOf(string rowKey)
        => DateOnly.ParseExact(rowKey.AsSpan(ReviewRows.DayPrefix.Length, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static int ShardOf(string rowKey)
        => rowKey.Length > ReviewRows.DayPrefix.Length + 11 ? int.Parse(rowKey.AsSpan(ReviewRows.DayPrefix.Length + 11), CultureInfo.InvariantCulture) : 0;

    /// <summary>The days the rows hold (shards of one day merged), by date.</summary>
    public static List<ReviewDay> ReadDays(IEnumerable<TableEntity> rows)
    {
        var days = new SortedDictionary<DateOnly, ReviewDay>();
        foreach (var row in rows)
        {
            var date = DateOf(row.RowKey);
            var day = days.TryGetValue(date, out var seen) ? seen : days[date] = new ReviewDay(date);
            AddTo(day, row);
        }

        return [.. days.Values];
    }

    /// <summary>Adds the shard's entries and career changes to <paramref name="day"/>.</summary>
    public static void AddTo(ReviewDay day, TableEntity row)
    {
        foreach (var entry in Entries(row))
        {
            day.Written[entry.PersonId] = entry;
        }

        day.CareerChanges += row.GetInt32("CareerChanges") ?? 0;
        if (row.GetString("LatestCareer") is { Length: > 0 } latest)
        {
            day.LatestCareer = JsonSerializer.Deserialize<CareerEntry>(latest, ReviewJson.Options);
        }
    }

    public static List<WrittenEntry> Entries(TableEntity row)
    {
        var json = Json(row);
        return json.Length > 0 ? JsonSerializer.Deserialize<List<WrittenEntry>>(json, ReviewJson.Options) ?? [] : [];
    }

    public static int JsonChars(TableEntity row) => Json(row).Length;

    /// <summary>The characters one entry adds to a shard's JSON (with its comma).</summary>
    public static int EntryChars(WrittenEntry entry) => JsonSerializer.Serialize(entry, ReviewJson.Options).Length + 1;

    /// <summary>
    /// Writes <paramref name="entries"/> (and, for shard 0, the day's career changes) into
    /// <paramref name="row"/>, keeping the row's keys and ETag.
    /// </summary>
    public static void Write(IEnumerable<WrittenEntry> entries, ReviewDay? careers, TableEntity row)
    {
        foreach (var key in row.Keys.Where(k => k.StartsWith('W')).ToList())
        {
            row.Remove(key);
        }

        var json = JsonSerializer.Serialize(entries.OrderBy(e => e.PersonId, StringComparer.Ordinal), ReviewJson.Options);
        var chunks = (json.Length + ChunkChars - 1) / ChunkChars;
        if (chunks > MaxChunks)
        {
            // ReviewDayShards keeps shards far below this; reaching it is a bug, not the user's doing.
            throw new InvalidOperationException($"A review shard of {row.RowKey} grew to {json.Length} characters.");
        }

        for (var i = 0; i < chunks; i++)
        {
            row["W" + i] = json.Substring(i * ChunkChars, Math.Min(ChunkChars, json.Length - (i * ChunkChars)));
        }

        if (careers is not null)
        {
            row["CareerChanges"] = careers.CareerChanges;
            row["LatestCareer"] = careers.LatestCareer is null ? string.Empty : JsonSerializer.Serialize(careers.LatestCareer, ReviewJson.Options);
        }
    }

    private static string Json(TableEntity row)
    {
        var json = new StringBuilder();
        for (var i = 0; i < MaxChunks && row.GetString("W" + i) is { } chunk; i++)
        {
            json.Append(chunk);
        }

        return json.ToString();
    }
}
