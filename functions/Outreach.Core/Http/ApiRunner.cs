using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Outreach.Ledger;
using Outreach.Privacy;

namespace Outreach.Http;

/// <summary>
/// The one path every API function takes: validate the caller's token, run the core, and turn every
/// failure into problem+json. Nothing of an unexpected exception reaches the client but a trace id.
/// </summary>
public sealed class ApiRunner(AccessTokenValidator tokens, ErasureGate erasure, ILogger<ApiRunner> logger)
{
    private static readonly ApiProblemException StorageDown = ApiProblemException.Unavailable(
        "The API is up, but its storage does not answer right now; try again in a few seconds.",
        StorageFailures.RetryAfter);

    public Task<IResult> RunAsync(HttpRequest request, Func<UserId, CancellationToken, Task<IResult>> action)
        => RunAsync(request, action, duringErase: false);

    /// <summary>For the erase's own routes, which must work while the user's erase is in progress.</summary>
    public Task<IResult> RunDuringEraseAsync(HttpRequest request, Func<UserId, CancellationToken, Task<IResult>> action)
        => RunAsync(request, action, duringErase: true);

    private async Task<IResult> RunAsync(HttpRequest request, Func<UserId, CancellationToken, Task<IResult>> action, bool duringErase)
    {
        var cancellationToken = request.HttpContext.RequestAborted;
        try
        {
            var user = await tokens.ValidateAsync(request.Headers.Authorization.ToString(), cancellationToken);
            return duringErase ? await action(user, cancellationToken) : await RunOutsideEraseAsync(request, user, action, cancellationToken);
        }
        catch (Exception ex)
        {
            return Fail(request, ex);
        }
    }

    /// <summary>
    /// The one place every user request passes: while an erase runs, nothing is read or written. A write
    /// is checked before it starts, since not every write commits with the summary row. A read is checked
    /// by the summary row it reads anyway (<see cref="ErasureWatch"/>), and only a read that took none
    /// pays a point read of its own, after it ran and before anything of it is answered.
    /// </summary>
    private async Task<IResult> RunOutsideEraseAsync(HttpRequest request, UserId user, Func<UserId, CancellationToken, Task<IResult>> action, CancellationToken cancellationToken)
    {
        var reading = HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method);
        if (!reading)
        {
            await erasure.CheckAsync(user, request.Method, cancellationToken);
        }

        IResult result;
        bool checkedBySummary;
        using (var watch = ErasureWatch.Begin(user, reading))
        {
            try
            {
                result = await action(user, cancellationToken);
            }
            catch (ConcurrentChangeException) when (!reading)
            {
                if (await erasure.IsErasingAsync(user, cancellationToken))
                {
                    // The tombstone replaced the summary under this write's ETag: say why it was refused.
                    throw EraseTombstone.InProgress();
                }

                throw;
            }

            checkedBySummary = watch.SawSummary;
        }

        if (reading && !checkedBySummary)
        {
            await erasure.CheckAsync(user, request.Method, cancellationToken);
        }

        return result;
    }

    public async Task<IResult> RunAnonymousAsync(HttpRequest request, Func<CancellationToken, Task<IResult>> action)
    {
        try
        {
            return await action(request.HttpContext.RequestAborted);
        }
        catch (Exception ex)
        {
            return Fail(request, ex);
        }
    }

    private IResult Fail(HttpRequest request, Exception exception)
    {
        switch (exception)
        {
            case ApiProblemException problem:
                return ProblemResults.From(problem, request);
            case ConcurrentChangeException:
                return ProblemResults.From(
                    new ApiProblemException(409, "A concurrent change got in the way.", "Another change to your data happened at the same moment; try again."),
                    request);
            case OperationCanceledException when request.HttpContext.RequestAborted.IsCancellationRequested:
                return Results.Empty;
            case var _ when StorageFailures.IsUnavailable(exception, request.HttpContext.RequestAborted):
                logger.LogWarning(exception, "Storage unavailable in {Method} {Path}", request.Method, request.Path);
                return ProblemResults.From(StorageDown, request);
            default:
                var traceId = Activity.Current?.Id ?? request.HttpContext.TraceIdentifier;
                logger.LogError(exception, "Unhandled failure in {Method} {Path} (trace {TraceId})", request.Method, request.Path, traceId);
                return ProblemResults.From(
                    new ApiProblemException(500, "Something went wrong on our side.", "The request failed unexpectedly; try again. If it keeps failing, quote the trace id.")
                    {
                        Extensions = new Dictionary<string, object?> { ["traceId"] = traceId },
                    },
                    request);
        }
    }
}
