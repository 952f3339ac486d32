namespace Microsoft.Xrm.Sdk;

/// <summary>Writes lines to the plug-in trace log.</summary>
public interface ITracingService
{
    /// <summary>Writes a composite-format message with its arguments.</summary>
    void Trace(string format, params object?[] args);
}
