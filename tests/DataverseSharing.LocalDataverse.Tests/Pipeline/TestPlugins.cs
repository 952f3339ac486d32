using DataverseSharing.Plugins.Core;
using DataverseSharing.Plugins.Registration;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.LocalDataverse.Tests.Pipeline;

// Plug-ins the pipeline tests register; each records what it saw and does one thing a real plug-in does.

/// <summary>Pre-validation and pre-operation steps on account Create: stamps the description, passes a shared variable.</summary>
[PluginStep("a0000000-0000-0000-0000-000000000010", "Create", "account", PipelineStage.PreValidation, StepMode.Synchronous)]
[PluginStep("a0000000-0000-0000-0000-000000000020", "Create", "account", PipelineStage.PreOperation, StepMode.Synchronous)]
public sealed class StampAccountPlugin : IPlugin
{
    public void Execute(IServiceProvider serviceProvider)
    {
        var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
        Recorder.Add(nameof(StampAccountPlugin), context);
        if (context.Stage == 20)
        {
            ((Entity)context.InputParameters["Target"]!)["description"] = "stamped in pre-operation";
            context.SharedVariables["stamp"] = "from pre-operation";
        }
    }
}

/// <summary>Post-operation Create of account: creates a contact for the account, through the service it is given.</summary>
[PluginStep("a0000000-0000-0000-0000-000000000040", "Create", "account", PipelineStage.PostOperation, StepMode.Synchronous)]
[PluginStepImage("a0000000-0000-0000-0000-0000000004a1", "a0000000-0000-0000-0000-000000000040", StepImageType.PostImage, "post", Attributes = "name,description")]
public sealed class CreateContactPlugin : IPlugin
{
    public void Execute(IServiceProvider serviceProvider)
    {
        var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
        Recorder.Add(nameof(CreateContactPlugin), context);
        var service = ((IOrganizationServiceFactory)serviceProvider.GetService(typeof(IOrganizationServiceFactory))!).CreateOrganizationService(context.UserId);
        var name = context.PostEntityImages["post"].GetAttributeValue<string>("name");
        service.Create(new Entity("contact")
        {
            ["lastname"] = "Contact of " + name,
            ["parentcustomerid"] = new EntityReference("account", context.PrimaryEntityId),
        });
    }
}

/// <summary>Records nested contact creates (depth 2) so tests can see the parent context.</summary>
[PluginStep("a0000000-0000-0000-0000-000000000041", "Create", "contact", PipelineStage.PostOperation, StepMode.Synchronous)]
public sealed class ContactCreatedPlugin : IPlugin
{
    public void Execute(IServiceProvider serviceProvider) =>
        Recorder.Add(nameof(ContactCreatedPlugin), (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!);
}

/// <summary>Update of opportunity filtered on estimatedvalue, with a pre- and post-image.</summary>
[PluginStep("a0000000-0000-0000-0000-000000000042", "Update", "opportunity", PipelineStage.PostOperation, StepMode.Synchronous, FilteringAttributes = "estimatedvalue")]
[PluginStepImage("a0000000-0000-0000-0000-0000000004a2", "a0000000-0000-0000-0000-000000000042", StepImageType.Both, "image", Attributes = "estimatedvalue,name")]
public sealed class ValueChangedPlugin : IPlugin
{
    public void Execute(IServiceProvider serviceProvider)
    {
        var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
        Recorder.Add(nameof(ValueChangedPlugin), context);
        var tracing = (ITracingService)serviceProvider.GetService(typeof(ITracingService))!;
        tracing.Trace("value changed on {0}", context.PrimaryEntityId);
    }
}

/// <summary>Refuses accounts named "Forbidden" after they were written: the whole request must roll back.</summary>
[PluginStep("a0000000-0000-0000-0000-000000000043", "Create", "account", PipelineStage.PostOperation, StepMode.Synchronous)]
public sealed class RefuseForbiddenPlugin : IPlugin
{
    public void Execute(IServiceProvider serviceProvider)
    {
        var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
        var target = (Entity)context.InputParameters["Target"]!;
        if (target.GetAttributeValue<string>("name") == "Forbidden")
        {
            throw new InvalidPluginExecutionException("Accounts cannot be called Forbidden.");
        }

        if (target.GetAttributeValue<string>("name") == "Crash")
        {
            throw new InvalidOperationException("the plug-in crashed");
        }
    }
}

/// <summary>Updates its own record on every update, with no guard: an infinite loop the platform must stop.</summary>
[PluginStep("a0000000-0000-0000-0000-000000000044", "Update", "account", PipelineStage.PostOperation, StepMode.Synchronous)]
public sealed class LoopingPlugin : IPlugin
{
    public void Execute(IServiceProvider serviceProvider)
    {
        var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
        Recorder.Add(nameof(LoopingPlugin), context);
        var service = ((IOrganizationServiceFactory)serviceProvider.GetService(typeof(IOrganizationServiceFactory))!).CreateOrganizationService(null);
        service.Update(new Entity("account", context.PrimaryEntityId) { ["description"] = "touched at depth " + context.Depth });
    }
}

/// <summary>The same loop through PluginBase: its guard stops at the second pass on the same record.</summary>
[PluginStep("a0000000-0000-0000-0000-000000000045", "Update", "account", PipelineStage.PostOperation, StepMode.Synchronous)]
public sealed class GuardedLoopingPlugin : PluginBase
{
    public GuardedLoopingPlugin()
        : base(null, null)
    {
    }

    protected override void ExecuteStep(LocalPluginContext context)
    {
        Recorder.Add(nameof(GuardedLoopingPlugin), context.ExecutionContext);
        context.SystemService.Update(new Entity("account", context.ExecutionContext.PrimaryEntityId) { ["description"] = "touched" });
    }
}

/// <summary>Swallows a failed service call and carries on: the platform must still fail the request.</summary>
[PluginStep("a0000000-0000-0000-0000-000000000046", "Create", "account", PipelineStage.PostOperation, StepMode.Synchronous)]
public sealed class SwallowingPlugin : IPlugin
{
    public void Execute(IServiceProvider serviceProvider)
    {
        var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
        var service = ((IOrganizationServiceFactory)serviceProvider.GetService(typeof(IOrganizationServiceFactory))!).CreateOrganizationService(null);
        try
        {
            service.Retrieve("contact", Guid.NewGuid(), new ColumnSet(true));
        }
        catch (System.ServiceModel.FaultException<OrganizationServiceFault>)
        {
            Recorder.Add(nameof(SwallowingPlugin), context);
        }
    }
}

/// <summary>An asynchronous step on opportunity Update that fails while the opportunity is named "fail".</summary>
[PluginStep("a0000000-0000-0000-0000-000000000047", "Update", "opportunity", PipelineStage.PostOperation, StepMode.Asynchronous)]
[PluginStepImage("a0000000-0000-0000-0000-0000000004a7", "a0000000-0000-0000-0000-000000000047", StepImageType.PostImage, "post", Attributes = "name")]
public sealed class AsyncOpportunityPlugin : IPlugin
{
    public void Execute(IServiceProvider serviceProvider)
    {
        var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
        Recorder.Add(nameof(AsyncOpportunityPlugin), context);
        if (context.PostEntityImages["post"].GetAttributeValue<string>("name") == "fail")
        {
            throw new InvalidPluginExecutionException("downstream system unavailable");
        }
    }
}

/// <summary>A step on CreateMultiple of account: it must match by the Targets' table.</summary>
[PluginStep("a0000000-0000-0000-0000-000000000048", "CreateMultiple", "account", PipelineStage.PreOperation, StepMode.Synchronous)]
public sealed class CreateMultipleAccountsPlugin : IPlugin
{
    public void Execute(IServiceProvider serviceProvider) =>
        Recorder.Add(nameof(CreateMultipleAccountsPlugin), (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!);
}
