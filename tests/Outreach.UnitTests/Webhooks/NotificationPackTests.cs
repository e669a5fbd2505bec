using System.Text.Json;
using Outreach.Mail.Webhooks;

namespace Outreach.UnitTests.Webhooks;

public sealed class NotificationPackTests
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [Fact]
    public void BodiesOfOneSubscriptionShareOneGroupAndAnIdAnnouncedTwiceIsKeptOnce()
    {
        var pack = new NotificationPack();

        Assert.True(pack.TryAdd([Body("sub-1", "m1")]));
        Assert.True(pack.TryAdd([Body("sub-1", "m2", "m1")]));
        Assert.True(pack.TryAdd([Body("sub-2", "m1")]));

        var batch = pack.ToBatch();
        Assert.Equal(3, pack.Bodies);
        Assert.Equal(["m1", "m2"], batch.Groups.Single(g => g.SubscriptionId == "sub-1").MessageIds);
        Assert.Equal(["m1"], batch.Groups.Single(g => g.SubscriptionId == "sub-2").MessageIds);
    }

    [Fact]
    public void APackRefusesABodyThatWouldTakeItPastAQueueMessageAndKeepsWhatItHas()
    {
        var pack = new NotificationPack();
        var added = FillWithOneIdBodies(pack);

        var batch = pack.ToBatch();
        Assert.Equal(added, batch.Count);
        Assert.True(JsonSerializer.SerializeToUtf8Bytes(batch, Json).Length <= NotificationBatch.MaxJsonBytes);
        Assert.True(pack.Size <= NotificationBatch.MaxJsonBytes);
    }

    [Fact]
    public void ABodyWhoseIdsAreAllInThePackAlreadyAlwaysFits()
    {
        var pack = new NotificationPack();
        var added = FillWithOneIdBodies(pack);

        Assert.True(pack.TryAdd([Body("sub-1", Id(0), Id(1))]));
        Assert.Equal(added, pack.ToBatch().Count);
    }

    [Fact]
    public void ThousandsOfSingleMessageBodiesOfOneMailboxFitInAFewMessages()
    {
        // What Graph does on a busy morning: many POSTs of one item each, through the same subscription.
        var packs = new List<NotificationPack> { new() };
        for (var i = 0; i < 1_000; i++)
        {
            if (!packs[^1].TryAdd([Body("sub-1", Id(i))]))
            {
                packs.Add(new NotificationPack());
                Assert.True(packs[^1].TryAdd([Body("sub-1", Id(i))]));
            }
        }

        Assert.Equal(1_000, packs.Sum(p => p.ToBatch().Count));
        var perMessage = (NotificationBatch.MaxJsonBytes - (2 * NotificationBatches.Overhead)) / NotificationBatches.IdSize(Id(0));
        Assert.Equal((int)Math.Ceiling(1_000.0 / perMessage), packs.Count);
    }

    [Fact]
    public void ABodyTooBigForOneMessageIsSplitWithEveryIdOnceAndEachMessageWithinSize()
    {
        IReadOnlyList<NotifiedMessages> body = [Body("sub-1", [.. Enumerable.Range(0, 600).Select(Id)]), Body("sub-2", [.. Enumerable.Range(600, 400).Select(Id)])];

        var batches = NotificationBatches.Split(body).ToList();

        Assert.True(batches.Count > 1);
        Assert.All(batches, b => Assert.True(JsonSerializer.SerializeToUtf8Bytes(b, Json).Length <= NotificationBatch.MaxJsonBytes));
        Assert.Equal(
            body.SelectMany(g => g.MessageIds.Select(id => (g.SubscriptionId, id))).Order(),
            batches.SelectMany(b => b.Groups).SelectMany(g => g.MessageIds.Select(id => (g.SubscriptionId, id))).Order());
    }

    private static int FillWithOneIdBodies(NotificationPack pack)
    {
        var added = 0;
        while (pack.TryAdd([Body("sub-1", Id(added))]))
        {
            added++;
        }

        return added;
    }

    private static NotifiedMessages Body(string subscription, params string[] ids)
        => new(subscription, "u_user", "sentitems", ids);

    // About the length of Graph's message ids.
    private static string Id(int i) => $"AAMkAGI2TG93AAA{i:D8}" + new string('x', 120);
}
