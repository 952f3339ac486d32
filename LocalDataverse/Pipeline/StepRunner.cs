using System.ServiceModel;
using DataverseSharing.LocalDataverse.Service.Faults;
using Microsoft.Xrm.Sdk;

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
        var tracing = new LocalTracingService(pipeline.TraceLog, context, step.PluginType.FullName ?? step.PluginType.Name, clock);
        var provider = new StepServiceProvider(context, tracing, new StepServiceFactory(context, services));
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

    /// <summary>The IServiceProvider a plug-in's Execute receives.</summary>
    private sealed class StepServiceProvider : IServiceProvider
    {
        private readonly IPluginExecutionContext context;
        private readonly ITracingService tracing;
        private readonly IOrganizationServiceFactory factory;

        public StepServiceProvider(IPluginExecutionContext context, ITracingService tracing, IOrganizationServiceFactory factory)
        {
            this.context = context;
            this.tracing = tracing;
            this.factory = factory;
        }

        public object? GetService(Type serviceType) =>
            serviceType == typeof(IPluginExecutionContext) || serviceType == typeof(IExecutionContext) ? context
            : serviceType == typeof(ITracingService) ? tracing
            : serviceType == typeof(IOrganizationServiceFactory) ? factory
            : null;
    }

    /// <summary>Services for the step: each call they make runs with the step as its parent context.</summary>
    private sealed class StepServiceFactory : IOrganizationServiceFactory
    {
        private readonly IPluginExecutionContext context;
        private readonly Func<Guid?, PipelineCaller, IOrganizationService> services;

        public StepServiceFactory(IPluginExecutionContext context, Func<Guid?, PipelineCaller, IOrganizationService> services)
        {
            this.context = context;
            this.services = services;
        }

        public IOrganizationService CreateOrganizationService(Guid? userId) => services(userId, PipelineCaller.FromStep(context));
    }
}
