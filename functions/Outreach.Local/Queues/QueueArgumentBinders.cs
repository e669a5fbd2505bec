using System.Reflection;
using System.Text.Json;
using Azure.Storage.Queues.Models;
using Outreach.Local.Catalog;
using Outreach.Local.Invocation;

namespace Outreach.Local.Queues;

/// <summary>
/// Decides once per queue function where each parameter comes from: the message (as text, bytes or a
/// JSON object), the message's metadata by name (id, dequeueCount, ...), or the cancellation token.
/// </summary>
internal static class QueueArgumentBinders
{
    private const string Supported = "string/BinaryData/byte[]/QueueMessage/POCO for the trigger, CancellationToken, id, dequeueCount, insertionTime, expirationTime, nextVisibleTime, popReceipt";

    private static readonly JsonSerializerOptions MessageJson = new(JsonSerializerDefaults.Web);

    public static Func<QueueInvocation, object?>[] Create(CatalogFunction function)
        => [.. function.Method.GetParameters().Select(parameter => Create(function, parameter))];

    private static Func<QueueInvocation, object?> Create(CatalogFunction function, ParameterInfo parameter)
    {
        ParameterRules.RejectWorkerOnlyTypes(function, parameter);
        var type = parameter.ParameterType;

        if (parameter.Name == function.Trigger.Name)
        {
            return MessageBinder(type);
        }

        if (type == typeof(CancellationToken))
        {
            return invocation => invocation.CancellationToken;
        }

        return MetadataBinder(parameter) ?? throw ParameterRules.Unsupported(function, parameter, Supported);
    }

    private static Func<QueueInvocation, object?> MessageBinder(Type type)
    {
        if (type == typeof(string))
        {
            return invocation => invocation.Message.Body.ToString();
        }

        if (type == typeof(BinaryData))
        {
            return invocation => invocation.Message.Body;
        }

        if (type == typeof(byte[]))
        {
            return invocation => invocation.Message.Body.ToArray();
        }

        if (type == typeof(QueueMessage))
        {
            return invocation => invocation.Message;
        }

        // A message that is not valid JSON for the type fails the invocation, so it retries and ends in poison.
        return invocation => JsonSerializer.Deserialize(invocation.Message.Body, type, MessageJson);
    }

    private static Func<QueueInvocation, object?>? MetadataBinder(ParameterInfo parameter)
    {
        Func<QueueMessage, object?>? read = parameter.Name?.ToUpperInvariant() switch
        {
            "ID" => m => m.MessageId,
            "DEQUEUECOUNT" => m => m.DequeueCount,
            "INSERTIONTIME" => m => m.InsertedOn,
            "EXPIRATIONTIME" => m => m.ExpiresOn,
            "NEXTVISIBLETIME" => m => m.NextVisibleOn,
            "POPRECEIPT" => m => m.PopReceipt,
            _ => null,
        };

        if (read is null)
        {
            return null;
        }

        var type = Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType;
        return invocation => read(invocation.Message) is { } value ? Convert.ChangeType(value, type, System.Globalization.CultureInfo.InvariantCulture) : null;
    }
}
