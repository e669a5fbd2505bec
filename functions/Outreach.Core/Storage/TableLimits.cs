using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.Serialization;

namespace Outreach.Storage;

/// <summary>
/// Table storage's size limits and the sizes it counts, so writers can check a row or a transaction
/// before storage refuses it half-way through a larger job.
/// </summary>
public static class TableLimits
{
    /// <summary>A string property: at most 64 KiB of UTF-16.</summary>
    public const int MaxStringChars = 32 * 1024;

    /// <summary>One entity, counted the way storage counts it.</summary>
    public const int MaxEntityBytes = 1024 * 1024;

    /// <summary>One transaction's request body.</summary>
    public const int MaxTransactionBytes = 4 * 1024 * 1024;

    public const int MaxTransactionActions = 100;

    // The multipart envelope of one action in a transaction (headers, URL, boundaries).
    private const int ActionOverheadBytes = 1024;

    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> Properties = new();

    /// <summary>The entity's size as storage counts it: 4 + keys × 2 + per property 8 + name × 2 + value.</summary>
    public static long EntityBytes(ITableEntity entity)
    {
        long size = 4 + ((entity.PartitionKey.Length + entity.RowKey.Length) * 2L);
        foreach (var (name, value) in Values(entity))
        {
            size += 8 + (name.Length * 2L) + value switch
            {
                string text => 4 + (text.Length * 2L),
                byte[] bytes => 4 + bytes.Length,
                bool => 1,
                int => 4,
                Guid => 16,
                _ => 8,
            };
        }

        return size;
    }

    /// <summary>
    /// An upper bound of the entity's bytes in a transaction body: JSON may escape any character but
    /// an ASCII letter, digit or space as \uXXXX (six bytes), and JSON columns hold quotes to escape.
    /// </summary>
    public static long TransactionBytes(ITableEntity entity)
    {
        long size = ActionOverheadBytes + JsonBytes(entity.PartitionKey) + JsonBytes(entity.RowKey);
        foreach (var (name, value) in Values(entity))
        {
            size += name.Length + 64 + (value is string text ? JsonBytes(text) : 48);
        }

        return size;
    }

    /// <summary>Why storage would refuse the entity, or null when it fits.</summary>
    public static string? Violation(ITableEntity entity)
    {
        foreach (var (name, value) in Values(entity))
        {
            if (value is string { Length: > MaxStringChars } text)
            {
                return $"{name} would hold {text.Length:N0} characters; storage keeps at most {MaxStringChars:N0}.";
            }
        }

        var bytes = EntityBytes(entity);
        if (bytes > MaxEntityBytes)
        {
            return $"the row would take {bytes:N0} bytes; storage keeps at most {MaxEntityBytes:N0} per row.";
        }

        return TransactionBytes(entity) > MaxTransactionBytes / 4
            ? "the row would be too large to write together with other rows."
            : null;
    }

    private static long JsonBytes(string text)
    {
        long size = 2;
        foreach (var c in text)
        {
            size += char.IsAsciiLetterOrDigit(c) || c == ' ' ? 1 : 6;
        }

        return size;
    }

    private static IEnumerable<(string Name, object Value)> Values(ITableEntity entity)
    {
        if (entity is TableEntity dictionary)
        {
            foreach (var (key, value) in dictionary)
            {
                if (value is not null && key is not "PartitionKey" and not "RowKey" and not "odata.etag" and not "Timestamp")
                {
                    yield return (key, value);
                }
            }

            yield break;
        }

        foreach (var property in Properties.GetOrAdd(entity.GetType(), StoredProperties))
        {
            if (property.GetValue(entity) is { } value)
            {
                yield return (property.Name, value);
            }
        }
    }

    private static PropertyInfo[] StoredProperties(Type type)
        => type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.CanWrite && p.GetIndexParameters().Length == 0)
            .Where(p => p.GetCustomAttribute<IgnoreDataMemberAttribute>() is null)
            .Where(p => p.Name is not nameof(ITableEntity.PartitionKey) and not nameof(ITableEntity.RowKey) and not nameof(ITableEntity.ETag) and not nameof(ITableEntity.Timestamp))
            .ToArray();
}
