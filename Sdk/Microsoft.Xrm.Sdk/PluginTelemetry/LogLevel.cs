namespace Microsoft.Xrm.Sdk.PluginTelemetry;

/// <summary>The severity of a telemetry entry; the numbers are the official ones (they travel to Application Insights).</summary>
public enum LogLevel
{
    Trace = 0,
    Debug = 1,
    Information = 2,
    Warning = 3,
    Error = 4,
    Critical = 5,
    None = 6,
}
