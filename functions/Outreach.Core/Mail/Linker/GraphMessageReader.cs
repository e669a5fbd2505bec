using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Graph;
using Microsoft.Graph.Models;

namespace Outreach.Mail.Linker;

/// <summary>
/// Reads messages by id with <c>$batch</c> (20 per request). Graph throttles each request inside a batch
/// on its own and the SDK does not retry them, so throttled ones are sent again after the longest
/// Retry-After they were given.
/// </summary>
public sealed class GraphMessageReader(TimeProvider time, ILogger<GraphMessageReader> logger)
{
    public const int BatchSize = 20;
    public const int MaxRounds = 6;
    public const string PreferImmutableId = "IdType=\"ImmutableId\"";

    public async Task<IReadOnlyDictionary<string, MessageRead>> ReadAsync(GraphServiceClient client, IReadOnlyCollection<string> messageIds, CancellationToken cancellationToken)
    {
        var results = new Dictionary<string, MessageRead>(StringComparer.Ordinal);
        foreach (var chunk in messageIds.Distinct(StringComparer.Ordinal).Chunk(BatchSize))
        {
            var pending = chunk.ToList();
            for (var round = 1; pending.Count > 0; round++)
            {
                var retryAfter = await ReadBatchAsync(client, pending, results, cancellationToken);
                pending = pending.Where(id => !results.ContainsKey(id)).ToList();
                if (pending.Count == 0)
                {
                    break;
                }

                if (round == MaxRounds)
                {
                    foreach (var id in pending)
                    {
                        results[id] = MessageRead.Failed("Graph kept throttling this message.");
                    }

                    break;
                }

                logger.LogInformation("Graph throttled {Count} requests in a batch; retrying after {Delay}.", pending.Count, retryAfter);
                await Task.Delay(retryAfter, time, cancellationToken);
            }
        }

        return results;
    }

    private static async Task<TimeSpan> ReadBatchAsync(GraphServiceClient client, List<string> ids, Dictionary<string, MessageRead> results, CancellationToken cancellationToken)
    {
        var batch = new BatchRequestContentCollection(client);
        var stepToMessage = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            var request = client.Me.Messages[id].ToGetRequestInformation(config =>
            {
                config.QueryParameters.Select = GraphMessageMapper.Select;
                config.Headers.Add("Prefer", PreferImmutableId);
            });
            stepToMessage[await batch.AddBatchRequestStepAsync(request)] = id;
        }

        var response = await client.Batch.PostAsync(batch, cancellationToken);
        var statuses = await response.GetResponsesStatusCodesAsync();
        var retryAfter = TimeSpan.Zero;
        foreach (var (step, status) in statuses)
        {
            var id = stepToMessage[step];
            switch (status)
            {
                case HttpStatusCode.OK:
                    results[id] = MessageRead.Found(await response.GetResponseByIdAsync<Message>(step));
                    break;
                case HttpStatusCode.NotFound:
                    results[id] = MessageRead.Gone();
                    break;
                case HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout:
                    using (var inner = await response.GetResponseByIdAsync(step))
                    {
                        retryAfter = Max(retryAfter, RetryAfter(inner));
                    }

                    break;
                default:
                    results[id] = MessageRead.Failed($"Graph answered {(int)status} for this message.");
                    break;
            }
        }

        return retryAfter == TimeSpan.Zero ? TimeSpan.FromSeconds(1) : retryAfter;
    }

    private static TimeSpan RetryAfter(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta;
        }

        if (header?.Date is { } date)
        {
            return Max(TimeSpan.Zero, date - DateTimeOffset.UtcNow);
        }

        return response.Headers.TryGetValues("Retry-After", out var values) && int.TryParse(values.FirstOrDefault(), out var seconds)
            ? TimeSpan.FromSeconds(seconds)
            : TimeSpan.FromSeconds(1);
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}

/// <summary>What reading one message gave: the message, gone (deleted since), or a failure with its reason.</summary>
public sealed record MessageRead(Message? Message, bool IsGone, string? Error)
{
    public static MessageRead Found(Message message) => new(message, false, null);

    public static MessageRead Gone() => new(null, true, null);

    public static MessageRead Failed(string reason) => new(null, false, reason);
}
