using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.PluginTelemetry;

namespace DataverseSharing.LocalDataverse.Pipeline;

/// <summary>
/// The PluginTelemetry.ILogger a step gets. Dataverse sends these entries to Application Insights; locally they go
/// to the same trace log as ITracingService, one line each, prefixed with the level, so tests can read both.
/// </summary>
internal sealed partial class LocalPluginLogger : ILogger
{
    private readonly ITracingService trace;
    private readonly Dictionary<string, string> customProperties = new(StringComparer.Ordinal);

    public LocalPluginLogger(ITracingService trace) => this.trace = trace;

    public void AddCustomProperty(string propertyName, string propertyValue) => customProperties[propertyName] = propertyValue;

    public IDisposable BeginScope(string messageFormat, params object?[] args)
    {
        Write(LogLevel.Trace, null, "Scope: " + Render(messageFormat, args), null);
        return new Scope();
    }

    public IDisposable BeginScope<TState>(TState state)
    {
        Write(LogLevel.Trace, null, "Scope: " + state, null);
        return new Scope();
    }

    public void Execute(string activityName, Action action, IEnumerable<KeyValuePair<string, string>> additionalCustomProperties)
    {
        Write(LogLevel.Trace, null, "Activity " + activityName + Properties(additionalCustomProperties), null);
        action();
    }

    public async Task ExecuteAsync(string activityName, Func<Task> action, IEnumerable<KeyValuePair<string, string>> additionalCustomProperties)
    {
        Write(LogLevel.Trace, null, "Activity " + activityName + Properties(additionalCustomProperties), null);
        await action().ConfigureAwait(false);
    }

    public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

    public void Log(LogLevel logLevel, EventId eventId, Exception exception, string message, params object?[] args) => Write(logLevel, eventId, Render(message, args), exception);

    public void Log(LogLevel logLevel, EventId eventId, string message, params object?[] args) => Write(logLevel, eventId, Render(message, args), null);

    public void Log(LogLevel logLevel, Exception exception, string message, params object?[] args) => Write(logLevel, null, Render(message, args), exception);

    public void Log(LogLevel logLevel, string message, params object?[] args) => Write(logLevel, null, Render(message, args), null);

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception exception, Func<TState, Exception, string> formatter) =>
        Write(logLevel, eventId, formatter is null ? state?.ToString() ?? "" : formatter(state, exception), exception);

    public void LogCritical(EventId eventId, Exception exception, string message, params object?[] args) => Log(LogLevel.Critical, eventId, exception, message, args);

    public void LogCritical(EventId eventId, string message, params object?[] args) => Log(LogLevel.Critical, eventId, message, args);

    public void LogCritical(Exception exception, string message, params object?[] args) => Log(LogLevel.Critical, exception, message, args);

    public void LogCritical(string message, params object?[] args) => Log(LogLevel.Critical, message, args);

    public void LogDebug(EventId eventId, Exception exception, string message, params object?[] args) => Log(LogLevel.Debug, eventId, exception, message, args);

    public void LogDebug(EventId eventId, string message, params object?[] args) => Log(LogLevel.Debug, eventId, message, args);

    public void LogDebug(Exception exception, string message, params object?[] args) => Log(LogLevel.Debug, exception, message, args);

    public void LogDebug(string message, params object?[] args) => Log(LogLevel.Debug, message, args);

    public void LogError(EventId eventId, Exception exception, string message, params object?[] args) => Log(LogLevel.Error, eventId, exception, message, args);

    public void LogError(EventId eventId, string message, params object?[] args) => Log(LogLevel.Error, eventId, message, args);

    public void LogError(Exception exception, string message, params object?[] args) => Log(LogLevel.Error, exception, message, args);

    public void LogError(string message, params object?[] args) => Log(LogLevel.Error, message, args);

    public void LogInformation(EventId eventId, Exception exception, string message, params object?[] args) => Log(LogLevel.Information, eventId, exception, message, args);

    public void LogInformation(EventId eventId, string message, params object?[] args) => Log(LogLevel.Information, eventId, message, args);

    public void LogInformation(Exception exception, string message, params object?[] args) => Log(LogLevel.Information, exception, message, args);

    public void LogInformation(string message, params object?[] args) => Log(LogLevel.Information, message, args);

    public void LogMetric(string metricName, IDictionary<string, string> metricDimensions, long value) =>
        Write(LogLevel.Information, null, $"Metric {metricName} = {value.ToString(CultureInfo.InvariantCulture)}{Properties(metricDimensions)}", null);

    public void LogMetric(string metricName, long value) => LogMetric(metricName, new Dictionary<string, string>(), value);

    public void LogTrace(EventId eventId, Exception exception, string message, params object?[] args) => Log(LogLevel.Trace, eventId, exception, message, args);

    public void LogTrace(EventId eventId, string message, params object?[] args) => Log(LogLevel.Trace, eventId, message, args);

    public void LogTrace(Exception exception, string message, params object?[] args) => Log(LogLevel.Trace, exception, message, args);

    public void LogTrace(string message, params object?[] args) => Log(LogLevel.Trace, message, args);

    public void LogWarning(EventId eventId, Exception exception, string message, params object?[] args) => Log(LogLevel.Warning, eventId, exception, message, args);

    public void LogWarning(EventId eventId, string message, params object?[] args) => Log(LogLevel.Warning, eventId, message, args);

    public void LogWarning(Exception exception, string message, params object?[] args) => Log(LogLevel.Warning, exception, message, args);

    public void LogWarning(string message, params object?[] args) => Log(LogLevel.Warning, message, args);

    /// <summary>
    /// Fills a message template: named holes ({Account}, {Count:N0}) take the arguments in order, as in
    /// Microsoft.Extensions.Logging, which the platform's logger follows. A hole with no argument stays as written.
    /// </summary>
    internal static string Render(string? template, object?[]? args)
    {
        if (template is null)
        {
            return "";
        }

        if (args is not { Length: > 0 })
        {
            return template;
        }

        var next = 0;
        return Hole().Replace(template, match =>
        {
            if (next >= args.Length)
            {
                return match.Value;
            }

            var value = args[next++];
            var format = match.Groups["format"].Value;
            return value is IFormattable formattable && format.Length > 0
                ? formattable.ToString(format, CultureInfo.InvariantCulture)
                : Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";
        });
    }

    private static string Properties(IEnumerable<KeyValuePair<string, string>>? properties)
    {
        var text = new StringBuilder();
        foreach (var property in properties ?? [])
        {
            text.Append(CultureInfo.InvariantCulture, $" [{property.Key}={property.Value}]");
        }

        return text.ToString();
    }

    private void Write(LogLevel level, EventId? eventId, string text, Exception? exception)
    {
        if (!IsEnabled(level))
        {
            return;
        }

        var line = new StringBuilder().Append(level.ToString()).Append(": ");
        if (eventId is not null)
        {
            line.Append(CultureInfo.InvariantCulture, $"[{eventId.Id} {eventId.Name}] ");
        }

        line.Append(text).Append(Properties(customProperties));
        if (exception is not null)
        {
            line.Append(" | ").Append(exception.GetType().FullName).Append(": ").Append(exception.Message);
        }

        // Passed as the only argument so braces in the text are never read as a format string.
        trace.Trace("{0}", line.ToString());
    }

    [GeneratedRegex(@"(?<!\{)\{(?<name>[^{}:]+)(:(?<format>[^{}]*))?\}(?!\})")]
    private static partial Regex Hole();

    private sealed class Scope : IDisposable
    {
        public void Dispose()
        {
        }
    }
}
