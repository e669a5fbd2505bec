using System.Reflection;

namespace Outreach.Local.Invocation;

/// <summary>
/// Turns whatever a function method returns (a value, <c>Task</c>, <c>Task&lt;T&gt;</c>,
/// <c>ValueTask</c>, <c>ValueTask&lt;T&gt;</c>) into one awaitable shape, decided once per method.
/// </summary>
internal static class AwaitableReturn
{
    /// <summary>The type of the value the caller gets after awaiting; <see cref="void"/> if none.</summary>
    public static Type ResultType(Type returnType)
    {
        if (returnType == typeof(Task) || returnType == typeof(ValueTask))
        {
            return typeof(void);
        }

        return IsGeneric(returnType, typeof(Task<>)) || IsGeneric(returnType, typeof(ValueTask<>))
            ? returnType.GetGenericArguments()[0]
            : returnType;
    }

    public static Func<object?, Task<object?>> CreateAwaiter(Type returnType)
    {
        if (returnType == typeof(Task))
        {
            return async returned =>
            {
                await ((Task)returned!).ConfigureAwait(false);
                return null;
            };
        }

        if (returnType == typeof(ValueTask))
        {
            return async returned =>
            {
                await ((ValueTask)returned!).ConfigureAwait(false);
                return null;
            };
        }

        if (IsGeneric(returnType, typeof(Task<>)))
        {
            var result = returnType.GetProperty(nameof(Task<object>.Result))!;
            return async returned =>
            {
                var task = (Task)returned!;
                await task.ConfigureAwait(false);
                return result.GetValue(task);
            };
        }

        if (IsGeneric(returnType, typeof(ValueTask<>)))
        {
            var asTask = returnType.GetMethod(nameof(ValueTask<object>.AsTask))!;
            var result = typeof(Task<>).MakeGenericType(returnType.GetGenericArguments()).GetProperty(nameof(Task<object>.Result))!;
            return async returned =>
            {
                var task = (Task)asTask.Invoke(returned, BindingFlags.DoNotWrapExceptions, null, null, null)!;
                await task.ConfigureAwait(false);
                return result.GetValue(task);
            };
        }

        return returned => Task.FromResult(returned);
    }

    private static bool IsGeneric(Type type, Type definition)
        => type.IsGenericType && type.GetGenericTypeDefinition() == definition;
}
