using System.Globalization;
using Microsoft.Xrm.Sdk;

namespace DataverseSharing.LocalDataverse.Pipeline;

/// <summary>The ITracingService one step execution gets: formats like the platform and writes to the trace log.</summary>
internal sealed class LocalTracingService : ITracingService
{
    private readonly PluginTraceLog log;
    private readonly IPluginExecutionContext context;
    private readonly string pluginType;
    private readonly TimeProvider clock;

    public LocalTracingService(PluginTraceLog log, IPluginExecutionContext context, string pluginType, TimeProvider clock)
    {
        this.log = log;
        this.context = context;
        this.pluginType = pluginType;
        this.clock = clock;
    }

    public void Trace(string format, params object?[] args)
    {
        // The platform formats with the invariant culture and never lets a bad format string fail the step.
        string text;
        try
        {
            text = args is { Length: > 0 } ? string.Format(CultureInfo.InvariantCulture, format, args) : format;
        }
        catch (FormatException)
        {
            text = format;
        }

        log.Add(new PluginTraceEntry(clock.GetUtcNow().UtcDateTime, context.CorrelationId, pluginType, context.MessageName, context.PrimaryEntityName, context.Stage, context.Depth, text));
    }
}
