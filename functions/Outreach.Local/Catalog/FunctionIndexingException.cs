namespace Outreach.Local.Catalog;

/// <summary>
/// The Function App declares something the local host cannot serve the way Azure would. Thrown at
/// startup, naming the function, so a mismatch never surfaces as a confusing runtime failure.
/// </summary>
public sealed class FunctionIndexingException : Exception
{
    public FunctionIndexingException()
    {
    }

    public FunctionIndexingException(string message)
        : base(message)
    {
    }

    public FunctionIndexingException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public static FunctionIndexingException For(string functionName, string problem)
        => new($"Function '{functionName}': {problem}");
}
