using DataverseSharing.Plugins.Registration;
using Microsoft.Xrm.Sdk;

namespace DataverseSharing.LocalDataverse.Tests.Service.Messages;

// Plug-ins the message tests register: each counts its calls or refuses one input, as real plug-ins do.

/// <summary>Pre-operation Create of account: refuses an account named "Refused" and counts the creates it saw.</summary>
[PluginStep("b0000000-0000-0000-0000-000000000020", "Create", "account", PipelineStage.PreOperation, StepMode.Synchronous)]
public sealed class RefuseAccountPlugin : IPlugin
{
    public static int Calls { get; set; }

    public void Execute(IServiceProvider serviceProvider)
    {
        var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
        Calls++;
        if (((Entity)context.InputParameters["Target"]!).GetAttributeValue<string>("name") == "Refused")
        {
            throw new InvalidPluginExecutionException("Accounts cannot be called Refused.");
        }
    }
}

/// <summary>Pre-operation Update of account: stamps the description, so tests see the step ran for each item.</summary>
[PluginStep("b0000000-0000-0000-0000-000000000021", "Update", "account", PipelineStage.PreOperation, StepMode.Synchronous)]
public sealed class StampUpdatePlugin : IPlugin
{
    public void Execute(IServiceProvider serviceProvider)
    {
        var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
        ((Entity)context.InputParameters["Target"]!)["description"] = "stamped by update step";
    }
}

/// <summary>Post-operation Create of account: creates the account's contact through ExecuteMultiple, as some plug-ins do.</summary>
[PluginStep("b0000000-0000-0000-0000-000000000040", "Create", "account", PipelineStage.PostOperation, StepMode.Synchronous)]
public sealed class BatchFromPluginPlugin : IPlugin
{
    public void Execute(IServiceProvider serviceProvider)
    {
        var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
        var service = ((IOrganizationServiceFactory)serviceProvider.GetService(typeof(IOrganizationServiceFactory))!).CreateOrganizationService(context.UserId);
        var name = ((Entity)context.InputParameters["Target"]!).GetAttributeValue<string>("name");
        var requests = new OrganizationRequestCollection
        {
            new Microsoft.Xrm.Sdk.Messages.CreateRequest { Target = new Entity("contact") { ["lastname"] = "Contact of " + name } },
        };
        if (name == "Fail inside")
        {
            requests.Add(new Microsoft.Xrm.Sdk.Messages.UpdateRequest { Target = new Entity("contact", Guid.NewGuid()) { ["lastname"] = "Missing" } });
        }

        service.Execute(new Microsoft.Xrm.Sdk.Messages.ExecuteMultipleRequest { Requests = requests, Settings = new ExecuteMultipleSettings { ContinueOnError = true } });
    }
}
