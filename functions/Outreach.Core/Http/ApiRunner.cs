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
        => RunAsync(request, action, EraseCheckMode.Default);

    /// <summary>
    /// For a write whose core reads the user's summary row before it changes anything (every change of a
    /// person commits with the summary): that read is its erase check, so it pays no read of its own.
    /// </summary>
    public Task<IResult> RunSummaryFirstAsync(HttpRequest request, Func<UserId, CancellationToken, Task<IResult>> action)
        => RunAsync(request, action, EraseCheckMode.SummaryFirst);

    /// <summary>For the erase's own routes, which must work while the user's erase is in progress.</summary>
    public Task<IResult> RunDuringEraseAsync(HttpRequest request, Func<UserId, CancellationToken, Task<IResult>> action)
        => RunAsync(request, action, EraseCheckMode.None);

    private async Task<IResult> RunAsync(HttpRequest request, Func<UserId, CancellationToken, Task<IResult>> action, EraseCheckMode eraseCheck)
    {
        var cancellationToken = request.HttpContext.RequestAborted;
        try
        {
            var user = await tokens.ValidateAsync(request.Headers.Authorization.ToString(), cancellationToken);
            return eraseCheck == EraseCheckMode.None
                ? await action(user, cancellationToken)
                : await RunOutsideEraseAsync(request, user, action, eraseCheck, cancellationToken);
        }
        catch (Exception ex)
        {
            return Fail(request, ex);
        }
    }

    /// <summary>
    /// The one place every user request passes: while an erase runs, nothing is read or written. A request
    /// that reads the user's summary row is checked by that read (<see cref="ErasureCheck"/>); any other
    /// pays one point read of its own: a read after it ran and before anything of it is answered, a write
    /// before it starts, unless it reads the summary before it changes anything.
    /// </summary>
    private async Task<IResult> RunOutsideEraseAsync(
        HttpRequest request, UserId user, Func<UserId, CancellationToken, Task<IResult>> action, EraseCheckMode eraseCheck, CancellationToken cancellationToken)
    {
        var reading = HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method);
        var checkedByItsSummaryRead = reading || eraseCheck == EraseCheckMode.SummaryFirst;
        if (!checkedByItsSummaryRead)
        {
            await erasure.CheckAsync(user, request.Method, cancellationToken);
        }

        using var check = ErasureCheck.Begin(user, reading);
        IResult result;
        try
        {
            result = await action(user, cancellationToken);
        }
        catch (Exception) when (check.SawErase)
        {
            // A read running beside the summary's failed first (a person the erase already deleted, say):
            // the summary saw the tombstone, and the erase is the reason that counts.
            throw check.Refusal();
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
        catch (ApiProblemException) when (!reading && checkedByItsSummaryRead && !check.Done)
        {
            // Refused before it read the summary (e.g. a person the erase already deleted): nothing was
            // written, and an erase is the reason that counts.
            if (await erasure.IsErasingAsync(user, cancellationToken))
            {
                throw check.Refusal();
            }

            throw;
        }

        if (checkedByItsSummaryRead && !check.Done)
        {
            if (!reading)
            {
                // Its answer still honours an erase, but what it wrote did not wait for the check.
                logger.LogWarning("{Method} {Path} runs summary-first but read no summary row before it wrote", request.Method, request.Path);
            }

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
            case BadHttpRequestException refusal:
                return ProblemResults.From(RequestBody.Unreadable(refusal, request), request);
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
