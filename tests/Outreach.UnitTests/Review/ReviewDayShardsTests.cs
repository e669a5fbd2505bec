using Azure.Data.Tables;
using Outreach.Review;
using Outreach.Storage;

namespace Outreach.UnitTests.Review;

public sealed class ReviewDayShardsTests
{
    private const string Partition = "u|test";
    private static readonly DateOnly Monday = new(2025, 6, 2);

    private static WrittenEntry Entry(int i, DateTimeOffset? repliedAt = null)
        => new($"person-{i:D5}", $"Person Number {i} With A Longer Name", "mail", Monday, new DateTimeOffset(2025, 6, 2, 9, 0, 0, TimeSpan.Zero), new DateTimeOffset(2024, 1, 5, 10, 0, 0, TimeSpan.Zero), 3.5, repliedAt);

    /// <summary>Writes <paramref name="count"/> people on Monday and returns the rows as they would be stored.</summary>
    private static List<TableEntity> Stored(int count)
    {
        var shards = new ReviewDayShards(Partition, Monday, []);
        for (var i = 0; i < count; i++)
        {
            var entry = Entry(i);
            shards.Day.Written[entry.PersonId] = entry;
            shards.Place(entry.PersonId);
        }

        var rows = shards.TakeActions().Select(a => (TableEntity)a.Entity).ToList();
        foreach (var row in rows)
        {
            row.ETag = new Azure.ETag("W/\"stored\"");
        }

        return rows;
    }

    [Fact]
    public void ADayWithFiveThousandWrittenPeopleRoundTripsThroughRowsWithinStorageLimits()
    {
        var rows = Stored(5_000);

        Assert.True(rows.Count > 1);
        Assert.All(rows, row =>
        {
            Assert.True(TableLimits.EntityBytes(row) <= TableLimits.MaxEntityBytes);
            Assert.All(row.Select(p => p.Value).OfType<string>(), text => Assert.True(text.Length <= TableLimits.MaxStringChars));
        });
        var day = Assert.Single(ReviewDayRow.ReadDays(rows));
        Assert.Equal(Monday, day.Date);
        Assert.Equal(5_000, day.Written.Count);
        Assert.Equal(Entry(4_321), day.Written["person-04321"]);
    }

    [Fact]
    public void APersonWrittenOnAFullDayRewritesOneShardWithinATransaction()
    {
        var shards = new ReviewDayShards(Partition, Monday, Stored(5_000));
        var added = Entry(5_000);
        var change = new ReviewChange { Added = added };

        var (rows, bytes) = shards.CostWith(change);
        change.ApplyTo(new Dictionary<DateOnly, ReviewDay> { [Monday] = shards.Day });
        shards.Place(added.PersonId);
        var actions = shards.TakeActions().ToList();

        Assert.Single(actions);
        Assert.True(rows <= 2);
        Assert.True(bytes + actions.Sum(a => TableLimits.TransactionBytes(a.Entity)) < TableLimits.MaxTransactionBytes);
        Assert.Equal(5_001, Assert.Single(ReviewDayRow.ReadDays(Stored(5_000).Concat(actions.Select(a => (TableEntity)a.Entity)).GroupBy(r => r.RowKey).Select(g => g.Last()))).Written.Count);
    }

    [Fact]
    public void AReplyRewritesOnlyTheShardHoldingThePerson()
    {
        var stored = Stored(5_000);
        var shards = new ReviewDayShards(Partition, Monday, stored);
        var replied = new DateTimeOffset(2025, 6, 4, 8, 0, 0, TimeSpan.Zero);
        shards.Day.Written["person-00007"] = Entry(7, replied);
        shards.Place("person-00007");

        var row = (TableEntity)Assert.Single(shards.TakeActions()).Entity;

        Assert.Equal(ReviewRows.Day(Monday), row.RowKey);
        Assert.Equal(replied, ReviewDayRow.Entries(row).Single(e => e.PersonId == "person-00007").RepliedAt);
    }

    [Fact]
    public void ARowStoredBeforeShardsStillReads()
    {
        var legacy = new TableEntity(Partition, "rv|2025-06-02")
        {
            ["W0"] = """[{"p":"anna","n":"Anna","v":"mail","d":"2025-06-02","t":null,"c":null,"m":null,"r":null}]""",
            ["CareerChanges"] = 2,
            ["LatestCareer"] = string.Empty,
        };

        var day = new ReviewDayShards(Partition, Monday, [legacy]).Day;

        Assert.Equal("Anna", day.Written["anna"].Name);
        Assert.Equal(2, day.CareerChanges);
    }

    [Fact]
    public void ADaysShardsSortWithinItsRangeBeforeTheNextDay()
    {
        var shardKeys = new[] { ReviewRows.Day(Monday, 1), ReviewRows.Day(Monday, 12) };

        Assert.All(shardKeys, key => Assert.True(string.CompareOrdinal(key, ReviewRows.Day(Monday)) > 0 && string.CompareOrdinal(key, ReviewRows.Day(Monday.AddDays(1))) < 0));
        Assert.All(shardKeys, key => Assert.Equal(Monday, ReviewDayRow.DateOf(key)));
        Assert.Equal(12, ReviewDayRow.ShardOf(shardKeys[1]));
    }
}
