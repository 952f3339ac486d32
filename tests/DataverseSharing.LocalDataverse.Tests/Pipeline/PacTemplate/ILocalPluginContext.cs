using System.Runtime.CompilerServices;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.PluginTelemetry;

namespace DataverseSharing.LocalDataverse.Tests.Pipeline.PacTemplate;

/// <summary>
/// What a plug-in written in the `pac plugin init` shape sees: the services its base class takes from the
/// IServiceProvider once, so each plug-in works with named properties instead of GetService calls.
/// </summary>
public interface ILocalPluginContext
{
    /// <summary>Acts as the user who started the operation.</summary>
    IOrganizationService InitiatingUserService { get; }

    /// <summary>Acts as the user the step runs as (the step's run-as user, or the caller).</summary>
    IOrganizationService PluginUserService { get; }

    IPluginExecutionContext PluginExecutionContext { get; }

    IServiceEndpointNotificationService NotificationService { get; }

    ITracingService TracingService { get; }

    ILogger Logger { get; }

    IServiceProvider ServiceProvider { get; }

    /// <summary>Traces a line prefixed with the calling member, as the template's helper does.</summary>
    void Trace(string message, [CallerMemberName] string method = "");
}
