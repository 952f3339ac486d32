using DataverseSharing.LocalDataverse.Tests.Pipeline;
using Microsoft.Xrm.Sdk;

namespace Contoso.Plugins;

// A third party's plug-ins: plain IPlugin classes with no step attributes; their steps live in the solution folder.

/// <summary>Records each call, with its images, and keeps its configuration for the test to see.</summary>
public sealed class ProjectAudit(string? unsecureConfig, string? secureConfig) : IPlugin
{
    public string? Configuration { get; } = unsecureConfig ?? secureConfig;

    public void Execute(IServiceProvider serviceProvider)
    {
        var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
        context.SharedVariables["configuration"] = Configuration;
        Recorder.Add(nameof(ProjectAudit), context);
    }
}

/// <summary>Refuses to delete a project that is still active, reading the row from its pre-image.</summary>
public sealed class ProjectDeleteGuard : IPlugin
{
    public void Execute(IServiceProvider serviceProvider)
    {
        var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
        Recorder.Add(nameof(ProjectDeleteGuard), context);
        if (context.PreEntityImages["Gone"].GetAttributeValue<bool>("contoso_active"))
        {
            throw new InvalidPluginExecutionException("An active project cannot be deleted.");
        }
    }
}
