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

    public static IEnumerable<NotificationBatch> Split(IReadOnlyList<NotifiedMessages> groups)
    {
        var batch = new List<NotifiedMessages>();
        var size = Overhead;
        foreach (var group in groups)
        {
            var ids = new List<string>();
            size += Overhead;
            foreach (var id in group.MessageIds)
            {
                var idSize = IdSize(id);
                if (size + idSize > NotificationBatch.MaxJsonBytes && (ids.Count > 0 || batch.Count > 0))
                {
                    if (ids.Count > 0)
                    {
                        batch.Add(group with { MessageIds = ids });
                    }

                    yield return new NotificationBatch(batch);
                    batch = [];
                    ids = [];
                    size = 2 * Overhead;
                }

                ids.Add(id);
                size += idSize;
            }

            if (ids.Count > 0)
            {
                batch.Add(group with { MessageIds = ids });
            }
        }

        if (batch.Count > 0)
        {
            yield return new NotificationBatch(batch);
        }
    }

    public static int IdSize(string id) => JsonEncodedText.Encode(id).EncodedUtf8Bytes.Length + 3;
}
