using System.ServiceModel;
using DataverseSharing.LocalDataverse.Service.Faults;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.PluginTelemetry;

namespace DataverseSharing.LocalDataverse.Pipeline;

/// <summary>
/// Runs one step's plug-in with the services the sandbox gives it, and turns what escapes it into the fault the
/// caller of the request receives.
/// </summary>
internal static class StepRunner
{
    public static void Run(PluginPipeline pipeline, StepDefinition step, RemoteExecutionContext context, Func<Guid?, PipelineCaller, IOrganizationService> services, TimeProvider clock)
    {
        var plugin = pipeline.InstanceOf(step);
        var pluginType = step.PluginType.FullName ?? step.PluginType.Name;
        var tracing = new LocalTracingService(pipeline.TraceLog, context, pluginType, clock);
        var provider = new StepServiceProvider(
            new StepExecutionContext(context),
            tracing,
            new StepServiceFactory(context, services),
            pluginType);
        try
        {
            plugin.Execute(provider);
        }
        catch (InvalidPluginExecutionException ex)
        {
            throw DataverseFaults.Create(ex.ErrorCode != 0 ? ex.ErrorCode : PipelineErrorCodes.PluginAborted, ex.Message);
        }
        catch (FaultException<OrganizationServiceFault>)
        {
            throw;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            tracing.Trace("{0}", ex.ToString());
            throw DataverseFaults.Create(PipelineErrorCodes.Unexpected, $"Unexpected exception from plug-in (Execute): {step.PluginType.FullName}: {ex.GetType().FullName}: {ex.Message}");
        }
    }

    /// <summary>The IServiceProvider a plug-in's Execute receives: the services the sandbox offers, null for any other.</summary>
    private sealed class StepServiceProvider : IServiceProvider
    {
        private readonly StepExecutionContext context;
        private readonly ITracingService tracing;
        private readonly IOrganizationServiceFactory factory;
        private readonly ILogger logger;
        private readonly IServiceEndpointNotificationService endpoints;
        private readonly IFeatureControlService featureControls = new LocalFeatureControls();

        public StepServiceProvider(StepExecutionContext context, ITracingService tracing, IOrganizationServiceFactory factory, string pluginType)
        {
            this.context = context;
            this.tracing = tracing;
            this.factory = factory;
            logger = new LocalPluginLogger(tracing);
            endpoints = new LocalServiceEndpoints(pluginType);
        }

        public object? GetService(Type serviceType) =>
            serviceType == typeof(IPluginExecutionContext) || serviceType == typeof(IExecutionContext)
                || serviceType == typeof(IPluginExecutionContext2) || serviceType == typeof(IPluginExecutionContext3)
                || serviceType == typeof(IPluginExecutionContext4) ? context
            : serviceType == typeof(ITracingService) ? tracing
            : serviceType == typeof(IOrganizationServiceFactory) ? factory
            : serviceType == typeof(ILogger) ? logger
            : serviceType == typeof(IServiceEndpointNotificationService) ? endpoints
            : serviceType == typeof(IFeatureControlService) ? featureControls
            : null;
    }

    /// <summary>Services for the step: each call they make runs with the step as its parent context.</summary>
    private sealed class StepServiceFactory : IOrganizationServiceFactory
    {
        private readonly RemoteExecutionContext context;
        private readonly Func<Guid?, PipelineCaller, IOrganizationService> services;

        public StepServiceFactory(RemoteExecutionContext context, Func<Guid?, PipelineCaller, IOrganizationService> services)
        {
            this.context = context;
            this.services = services;
        }

        // As documented for plug-ins: null is SYSTEM, Guid.Empty is the step's user (context.UserId), any other id
        // impersonates that user, whose privileges then decide what the calls may do.
        public IOrganizationService CreateOrganizationService(Guid? userId) =>
            services(userId == Guid.Empty ? context.UserId : userId, PipelineCaller.FromStep(context));
    }
}
