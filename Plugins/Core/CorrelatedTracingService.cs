using System;
using Microsoft.Xrm.Sdk;

namespace DataverseSharing.Plugins.Core;

/// <summary>
/// Prefixes every trace line with the request's correlation id and the plug-in's name, so the lines of one
/// request can be found together in the Plug-in Trace Log across the steps it triggered.
/// </summary>
public sealed class CorrelatedTracingService : ITracingService
{
    private readonly ITracingService inner;
    private readonly string prefix;

    /// <summary>Wraps <paramref name="inner"/> for one execution of <paramref name="pluginName"/>.</summary>
    public CorrelatedTracingService(ITracingService inner, Guid correlationId, string pluginName)
    {
        this.inner = inner ?? throw new ArgumentNullException(nameof(inner));
        // Neither a "D"-format GUID nor a type name holds braces, so the prefix cannot break the format string.
        prefix = $"[{correlationId:D}] {pluginName}: ";
    }

    /// <inheritdoc />
    public void Trace(string format, params object?[] args)
    {
        // A message with braces but no arguments is text, not a format string: escape it so it cannot throw.
        var safeFormat = args is null || args.Length == 0
            ? (format ?? string.Empty).Replace("{", "{{").Replace("}", "}}")
            : format ?? string.Empty;
        inner.Trace(prefix + safeFormat, args ?? Array.Empty<object?>());
    }
}
