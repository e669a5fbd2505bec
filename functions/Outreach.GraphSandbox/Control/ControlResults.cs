using Microsoft.AspNetCore.Http;

namespace Outreach.GraphSandbox.Control;

/// <summary>Maps the scripting API's exceptions to problem responses, so a bad control call names what is wrong.</summary>
internal static class ControlResults
{
    public static Task<IResult> Try(Func<IResult> action) => TryAsync(() => Task.FromResult(action()));

    public static async Task<IResult> TryAsync(Func<Task<IResult>> action)
    {
        try
        {
            return await action();
        }
        catch (KeyNotFoundException exception)
        {
            return Results.Problem(exception.Message, statusCode: StatusCodes.Status404NotFound);
        }
        catch (Exception exception) when (exception is ArgumentException or InvalidOperationException or FormatException)
        {
            return Results.Problem(exception.Message, statusCode: StatusCodes.Status400BadRequest);
        }
    }
}
