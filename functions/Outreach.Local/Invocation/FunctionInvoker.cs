using System.Reflection;
using Outreach.Local.Catalog;

namespace Outreach.Local.Invocation;

/// <summary>
/// Calls a function method the way the isolated worker does: a new instance of its class per
/// invocation, constructor services from the invocation's scope, static methods without an instance.
/// </summary>
internal sealed class FunctionInvoker
{
    private readonly MethodInfo _method;
    private readonly ObjectFactory? _factory;
    private readonly Func<object?, Task<object?>> _awaiter;

    public FunctionInvoker(CatalogFunction function)
    {
        _method = function.Method;
        _factory = _method.IsStatic ? null : ActivatorUtilities.CreateFactory(_method.DeclaringType!, Type.EmptyTypes);
        _awaiter = AwaitableReturn.CreateAwaiter(_method.ReturnType);
    }

    /// <summary>Runs the method and returns its awaited result (null for void/Task).</summary>
    public Task<object?> InvokeAsync(IServiceProvider scopedServices, object?[] arguments)
    {
        var target = _factory?.Invoke(scopedServices, null);

        // Unwrapped, so the function's own exception reaches the caller, not a TargetInvocationException.
        var returned = _method.Invoke(target, BindingFlags.DoNotWrapExceptions, binder: null, arguments, culture: null);
        return _awaiter(returned);
    }
}
