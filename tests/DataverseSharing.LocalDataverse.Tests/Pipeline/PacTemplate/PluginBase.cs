using System.Globalization;
using System.ServiceModel;
using Microsoft.Xrm.Sdk;

namespace DataverseSharing.LocalDataverse.Tests.Pipeline.PacTemplate;

/// <summary>
/// The base class of the `pac plugin init` shape: builds the local context, logs entry and exit through the
/// telemetry logger, and turns a fault from a service call into InvalidPluginExecutionException for the caller.
/// </summary>
public abstract class PluginBase : IPlugin
{
    protected PluginBase(Type pluginClassName)
    {
        PluginClassName = pluginClassName.ToString();
    }

    protected string PluginClassName { get; }

    public void Execute(IServiceProvider serviceProvider)
    {
        var local = new LocalPluginContext(serviceProvider);
        local.Trace(string.Format(CultureInfo.InvariantCulture, "Entered {0}.Execute() Correlation Id: {1}", PluginClassName, local.PluginExecutionContext.CorrelationId));
        local.Logger.LogInformation("{PluginClassName} entered", PluginClassName);
        try
        {
            ExecuteDataversePlugin(local);
        }
        catch (FaultException<OrganizationServiceFault> fault)
        {
            local.Logger.LogError(fault, "{PluginClassName} failed", PluginClassName);
            throw new InvalidPluginExecutionException($"OrganizationServiceFault: {fault.Detail.Message}", fault);
        }
        finally
        {
            local.Trace($"Exiting {PluginClassName}.Execute()");
        }
    }

    /// <summary>The plug-in's own logic.</summary>
    protected virtual void ExecuteDataversePlugin(ILocalPluginContext localPluginContext)
    {
    }
}
