using System.Text.Json;

namespace Outreach.Mail.Webhooks;

/// <summary>
/// Packs a body's accepted messages into queue messages: one for any body Graph sends, more only when
/// the ids would not fit one message's 64 KiB.
/// </summary>
public static class NotificationBatches
{
    /// <summary>Room for a group's subscription, user and folder, and the JSON around them.</summary>
    public const int Overhead = 256;

    /// <summary>An upper bound of the JSON bytes the groups take in a message.</summary>
    public static int Size(IReadOnlyList<NotifiedMessages> groups)
        => groups.Sum(g => Overhead + g.MessageIds.Sum(IdSize));

    /// <summary>A body too big for one message, id by id over as many as it needs (one size rule: <see cref="NotificationPack"/>).</summary>
    public static IEnumerable<NotificationBatch> Split(IReadOnlyList<NotifiedMessages> groups)
    {
        var pack = new NotificationPack();
        foreach (var group in groups)
        {
            foreach (var id in group.MessageIds)
            {
                IReadOnlyList<NotifiedMessages> one = [group with { MessageIds = [id] }];
                if (!pack.TryAdd(one))
                {
                    yield return pack.ToBatch();
                    pack = new NotificationPack();
                    pack.TryAdd(one);
                }
            }
        }

        if (pack.Bodies > 0)
        {
            yield return pack.ToBatch();
        }
    }

    public static int IdSize(string id) => JsonEncodedText.Encode(id).EncodedUtf8Bytes.Length + 3;
}
