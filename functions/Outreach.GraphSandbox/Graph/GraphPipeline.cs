using Outreach.GraphSandbox.Faults;
using Outreach.GraphSandbox.Log;

namespace Outreach.GraphSandbox.Graph;

/// <summary>
/// What every Graph request goes through, over HTTP or as a batch step: the token, the concurrency
/// limit and injected faults, the route, then the log.
/// </summary>
internal sealed class GraphPipeline
{
    private readonly FaultInjector _faults;
    private readonly RequestLog _log;
    private readonly GraphRouter _router;

    public GraphPipeline(FaultInjector faults, RequestLog log, Func<GraphPipeline, GraphRouter> router)
    {
        _faults = faults;
        _log = log;
        _router = router(this);
    }

    public async Task<GraphResponse> SendAsync(GraphRequest request, CancellationToken cancellationToken)
    {
        var receivedAt = _log.Now();
        var sequence = _log.NextSequence();
        var (caller, refusal) = CallerToken.Read(request.Header("Authorization"));
        FaultDecision? fault = null;
        GraphResponse response;
        if (refusal is not null)
        {
            response = refusal;
        }
        else if ((request.BatchRefusal ?? (TakesSlot(request) ? _faults.Enter(caller!.ObjectId) : null)) is { } busy)
        {
            fault = busy;
            response = Refuse(busy);
        }
        else
        {
            try
            {
                fault = request.IsBatchEnvelope ? null : _faults.Decide(request.PathAndQuery);
                response = fault is null ? await RouteAsync(request, caller!, cancellationToken) : Refuse(fault);
            }
            finally
            {
                if (TakesSlot(request))
                {
                    _faults.Exit(caller!.ObjectId);
                }
            }
        }

        response.Headers["request-id"] = Guid.NewGuid().ToString();
        if (request.Header("client-request-id") is { } clientRequestId)
        {
            response.Headers["client-request-id"] = clientRequestId;
        }

        _log.Add(new GraphRequestRecord
        {
            Sequence = sequence,
            ReceivedAt = receivedAt,
            AnsweredAt = _log.Now(),
            Method = request.Method,
            PathAndQuery = request.PathAndQuery,
            Mailbox = caller?.ObjectId,
            ImmutableIdPreferred = request.Prefer.ImmutableId,
            Status = response.Status,
            RetryAfterSeconds = response.RetryAfterSeconds,
            BatchStepId = request.BatchStepId,
            RetryAttempt = int.TryParse(request.Header("Retry-Attempt"), out var attempt) ? attempt : null,
            Fault = fault?.Name,
        });
        return response;
    }

    // Outlook counts what reaches the mailbox: the batch envelope takes slots for its steps (BatchEndpoint).
    private static bool TakesSlot(GraphRequest request) => request.BatchStepId is null && !request.IsBatchEnvelope;

    private static GraphResponse Refuse(FaultDecision fault)
    {
        var response = GraphResponse.Error(fault.Status, fault.Code, fault.Message);
        return fault.RetryAfterSeconds is { } seconds ? response.WithHeader("Retry-After", seconds.ToString(System.Globalization.CultureInfo.InvariantCulture)) : response;
    }

    private async Task<GraphResponse> RouteAsync(GraphRequest request, CallerToken caller, CancellationToken cancellationToken)
    {
        try
        {
            return await _router.RouteAsync(request, caller, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Answer as Graph does on a server fault, so the client sees a response rather than a reset connection.
            return GraphResponse.Error(500, "generalException", $"The sandbox failed: {exception.Message}");
        }
    }
}
