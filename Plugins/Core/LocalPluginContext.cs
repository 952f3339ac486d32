using System;
using Microsoft.Xrm.Sdk;

namespace DataverseSharing.Plugins.Core;

/// <summary>
/// What one step execution works with: the execution context, a correlated tracing service, and
/// organization services created on first use (as the calling user, or as SYSTEM).
/// </summary>
public sealed class LocalPluginContext
{
    private readonly IOrganizationServiceFactory factory;
    private IOrganizationService? userService;
    private IOrganizationService? systemService;

    /// <summary>Creates the context for one execution.</summary>
    public LocalPluginContext(IPluginExecutionContext executionContext, ITracingService tracingService, IOrganizationServiceFactory factory)
    {
        ExecutionContext = executionContext ?? throw new ArgumentNullException(nameof(executionContext));
        TracingService = tracingService ?? throw new ArgumentNullException(nameof(tracingService));
        this.factory = factory ?? throw new ArgumentNullException(nameof(factory));
    }

    /// <summary>The execution context Dataverse passed to the step.</summary>
    public IPluginExecutionContext ExecutionContext { get; }

    /// <summary>Tracing, prefixed with the correlation id and the plug-in's name.</summary>
    public ITracingService TracingService { get; }

    /// <summary>An organization service acting as the user the step runs as (the step's impersonation or the caller).</summary>
    public IOrganizationService UserService => userService ??= factory.CreateOrganizationService(ExecutionContext.UserId);

    /// <summary>An organization service acting as SYSTEM, for work the calling user has no privilege for.</summary>
    public IOrganizationService SystemService => systemService ??= factory.CreateOrganizationService(null);

    /// <summary>The Target input parameter as an entity, or null when the message has none.</summary>
    public Entity? TargetEntity =>
        ExecutionContext.InputParameters.Contains("Target") ? ExecutionContext.InputParameters["Target"] as Entity : null;

    /// <summary>The pre-image registered under <paramref name="alias"/>, or null when absent.</summary>
    public Entity? PreImage(string alias) =>
        ExecutionContext.PreEntityImages.Contains(alias) ? ExecutionContext.PreEntityImages[alias] : null;

    /// <summary>The post-image registered under <paramref name="alias"/>, or null when absent.</summary>
    public Entity? PostImage(string alias) =>
        ExecutionContext.PostEntityImages.Contains(alias) ? ExecutionContext.PostEntityImages[alias] : null;

    /// <summary>Writes one line to the Plug-in Trace Log.</summary>
    public void Trace(string message) => TracingService.Trace(message);
}
