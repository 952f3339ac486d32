using DataverseSharing.LocalDataverse.Pipeline;
using DataverseSharing.LocalDataverse.Pipeline.Solution;
using DataverseSharing.LocalDataverse.Tests.Pipeline.Solution;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.LocalDataverse.Tests.Pipeline.Registration;

/// <summary>
/// WinOpportunityRequest and LoseOpportunityRequest run as the sdkmessages "Win" and "Lose", as in Dataverse: steps
/// are registered on those names, the context says so, and the sdkmessage rows carry them.
/// </summary>
public sealed class WinLoseMessageTests
{
    private static readonly Guid WinStep = new("c0000000-0000-0000-0000-0000000000a1");
    private static readonly Guid LoseStep = new("c0000000-0000-0000-0000-0000000000a2");
    private static readonly Guid UpdateStep = new("c0000000-0000-0000-0000-0000000000a3");

    [Fact]
    public void WinOpportunity_StepOnWin_RunsWithMessageWinAndTheOpportunityAsPrimaryEntity()
    {
        using var org = Organization(Step(WinStep, "Win"), Step(LoseStep, "Lose"));
        var deal = org.SystemService.Create(new Entity("opportunity") { ["name"] = "Bridge" });

        org.SystemService.Execute(new WinOpportunityRequest { OpportunityClose = Close(deal), Status = new OptionSetValue(3) });

        var seen = Assert.Single(Recorder.Calls);
        Assert.Equal(("Win", "opportunity", deal), (seen.Context.MessageName, seen.Context.PrimaryEntityName, seen.Context.PrimaryEntityId));
        var close = Assert.IsType<Entity>(seen.Context.InputParameters["OpportunityClose"]);
        Assert.Equal(deal, close.GetAttributeValue<EntityReference>("opportunityid")!.Id);
        Assert.Equal(WinStep, seen.Context.OwningExtension.Id);
    }

    [Fact]
    public void LoseOpportunity_StepOnLose_RunsWithMessageLose()
    {
        using var org = Organization(Step(WinStep, "Win"), Step(LoseStep, "Lose"));
        var deal = org.SystemService.Create(new Entity("opportunity") { ["name"] = "Bridge" });

        org.SystemService.Execute(new LoseOpportunityRequest { OpportunityClose = Close(deal), Status = new OptionSetValue(4) });

        Assert.Equal(["Lose"], Recorder.Calls.Select(c => c.Context.MessageName));
    }

    [Fact]
    public void WinOpportunity_UpdateStepOnStatecode_AlsoRunsInsideWin()
    {
        using var org = Organization(Step(WinStep, "Win"), Step(UpdateStep, "Update") with { FilteringAttributes = ["statecode"] });
        var deal = org.SystemService.Create(new Entity("opportunity") { ["name"] = "Bridge" });

        org.SystemService.Execute(new WinOpportunityRequest { OpportunityClose = Close(deal), Status = new OptionSetValue(3) });

        var update = Recorder.Calls.Single(c => c.Context.MessageName == "Update").Context;
        var target = Assert.IsType<Entity>(update.InputParameters["Target"]);
        Assert.Equal((deal, 1), (target.Id, target.GetAttributeValue<OptionSetValue>("statecode")!.Value));
        Assert.Contains(Recorder.Calls, c => c.Context.MessageName == "Win");
    }

    [Fact]
    public void Steps_OnWin_SdkMessageRowNamedWin()
    {
        using var org = Organization(Step(WinStep, "Win"));

        var step = org.SystemService.Retrieve("sdkmessageprocessingstep", WinStep, new ColumnSet("sdkmessageid"));
        var message = org.SystemService.Retrieve("sdkmessage", step.GetAttributeValue<EntityReference>("sdkmessageid")!.Id, new ColumnSet("name"));
        Assert.Equal("Win", message["name"]);
    }

    [Theory]
    [InlineData("WinOpportunity", "Win")]
    [InlineData("LoseOpportunity", "Lose")]
    public void Steps_OnTheRequestName_RefusedNamingTheMessageToUse(string requestName, string message)
    {
        var error = Assert.Throws<StepRegistrationException>(() => LocalOrganization.CreateInMemory(new LocalOrganizationOptions { Steps = [Step(WinStep, requestName)] }));

        Assert.Contains($"message '{requestName}' does not exist in this organization: {requestName}Request runs as the message '{message}'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SolutionFolders_StepFileOnWin_LoadsAndRuns()
    {
        using var solution = new ContosoSolution();
        const string stepId = "{6c1f0d5e-00a1-4a7b-9c3d-0000000000a1}";
        var winId = SdkMessageIds.IdOf("Win") ?? CustomMessages.MessageId("Win");
        solution.WriteStep(stepId, "Contoso.Plugins.ProjectAudit: Win of opportunity", winId.ToString("D"), "ProjectAudit", stage: 40, extra: string.Empty, images: string.Empty, table: "opportunity");
        Recorder.Reset();
        using var org = LocalOrganization.CreateInMemory(new LocalOrganizationOptions
        {
            SolutionFolders = [solution.Root],
            PluginAssemblies = [typeof(Contoso.Plugins.ProjectAudit).Assembly],
            EnforceSecurity = false,
        });
        var deal = org.SystemService.Create(new Entity("opportunity") { ["name"] = "Bridge" });

        org.SystemService.Execute(new WinOpportunityRequest { OpportunityClose = Close(deal), Status = new OptionSetValue(3) });

        Assert.Equal("Win", org.Pipeline.Steps.Single(s => s.Id == new Guid(stepId)).Message);
        Assert.Contains(Recorder.Calls, c => c.Context.MessageName == "Win" && c.Context.PrimaryEntityId == deal);
    }

    private static Entity Close(Guid deal) => new("opportunityclose") { ["subject"] = "Closed", ["opportunityid"] = new EntityReference("opportunity", deal) };

    private static StepDefinition Step(Guid id, string message) =>
        new() { Id = id, PluginType = typeof(RecordingPlugin), Message = message, Table = "opportunity" };

    private static LocalOrganization Organization(params StepDefinition[] steps)
    {
        Recorder.Reset();
        return LocalOrganization.CreateInMemory(new LocalOrganizationOptions { Steps = steps, EnforceSecurity = false });
    }
}
