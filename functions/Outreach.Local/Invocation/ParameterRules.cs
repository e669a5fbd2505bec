using System.ComponentModel;
using System.Globalization;
using System.Reflection;
using Microsoft.Azure.Functions.Worker;
using Outreach.Local.Catalog;

namespace Outreach.Local.Invocation;

/// <summary>Binding rules shared by every trigger kind.</summary>
internal static class ParameterRules
{
    /// <summary>Fails at startup for parameters only the real worker can supply.</summary>
    public static void RejectWorkerOnlyTypes(CatalogFunction function, ParameterInfo parameter)
    {
        if (typeof(FunctionContext).IsAssignableFrom(parameter.ParameterType))
        {
            throw FunctionIndexingException.For(
                function.Name,
                $"parameter '{parameter.Name}' is a FunctionContext, which the local host cannot supply. Take the trigger's own types (HttpRequest, CancellationToken, ...) and constructor-injected services instead.");
        }
    }

    public static FunctionIndexingException Unsupported(CatalogFunction function, ParameterInfo parameter, string supported)
        => FunctionIndexingException.For(
            function.Name,
            $"parameter '{parameter.Name}' of type {parameter.ParameterType.Name} cannot be bound by the local host (supported: {supported}).");

    /// <summary>Types a single text value (route value, setting) converts to.</summary>
    public static bool IsSimple(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        return underlying == typeof(string)
            || (!underlying.IsArray && TypeDescriptor.GetConverter(underlying).CanConvertFrom(typeof(string)));
    }

    public static object? ConvertText(string? text, ParameterInfo parameter)
    {
        var type = parameter.ParameterType;
        if (text is null)
        {
            if (parameter.HasDefaultValue)
            {
                return parameter.DefaultValue;
            }

            return type.IsValueType && Nullable.GetUnderlyingType(type) is null ? Activator.CreateInstance(type) : null;
        }

        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        return underlying == typeof(string)
            ? text
            : TypeDescriptor.GetConverter(underlying).ConvertFromString(null, CultureInfo.InvariantCulture, text);
    }
}
