using System.Text;
using System.Text.Json;

namespace Outreach.Review;

/// <summary>
/// A <see cref="ReviewDay"/> as a table row (<c>rv|{day}</c>). The written entries are one JSON array split over
/// <c>W0</c>…<c>W9</c> (a string property holds at most 32,768 characters; the row stays under 1 MiB), which
/// holds about 1,500 people written on one day.
/// </summary>
public static class ReviewDayRow
{
    public const int ChunkChars = 30_000;
    public const int MaxChunks = 10;

    public static ReviewDay Read(TableEntity row)
    {
        var day = new ReviewDay(DateOnly.ParseExact(row.RowKey[ReviewRows.DayPrefix.Length..], "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        var json = new StringBuilder();
        for (var i = 0; i < MaxChunks && row.GetString("W" + i) is { } chunk; i++)
        {
            json.Append(chunk);
        }

        if (json.Length > 0)
        {
            foreach (var entry in JsonSerializer.Deserialize<List<WrittenEntry>>(json.ToString(), ReviewJson.Options) ?? [])
            {
                day.Written[entry.PersonId] = entry;
            }
        }

        day.CareerChanges = row.GetInt32("CareerChanges") ?? 0;
        day.LatestCareer = row.GetString("LatestCareer") is { Length: > 0 } latest ? JsonSerializer.Deserialize<CareerEntry>(latest, ReviewJson.Options) : null;
        return day;
    }

    /// <summary>Writes <paramref name="day"/> into <paramref name="row"/>, keeping the row's keys and ETag.</summary>
    public static void Write(ReviewDay day, TableEntity row)
    {
        foreach (var key in row.Keys.Where(k => k.StartsWith('W')).ToList())
        {
            row.Remove(key);
        }

        var json = JsonSerializer.Serialize(day.Written.Values.OrderBy(e => e.PersonId, StringComparer.Ordinal), ReviewJson.Options);
        var chunks = (json.Length + ChunkChars - 1) / ChunkChars;
        if (chunks > MaxChunks)
        {
            throw new ApiProblemException(507, "Too much on one day.", $"The review keeps at most about 1,500 people written on one day; {day.Written.Count} were written on {day.Date:yyyy-MM-dd}.");
        }

        for (var i = 0; i < chunks; i++)
        {
            row["W" + i] = json.Substring(i * ChunkChars, Math.Min(ChunkChars, json.Length - (i * ChunkChars)));
        }

        row["CareerChanges"] = day.CareerChanges;
        row["LatestCareer"] = day.LatestCareer is null ? string.Empty : JsonSerializer.Serialize(day.LatestCareer, ReviewJson.Options);
    }
}
