using System.ServiceModel;
using DataverseSharing.LocalDataverse.Metadata;
using DataverseSharing.LocalDataverse.Pipeline.Solution;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using StepExecutionMode = DataverseSharing.LocalDataverse.Pipeline.StepExecutionMode;
using StepRegistrationException = DataverseSharing.LocalDataverse.Pipeline.StepRegistrationException;

namespace DataverseSharing.LocalDataverse.Tests.Pipeline.Solution;

/// <summary>
/// Step files on a custom API's message (whose sdkmessageid differs per environment) and step files that name a
/// run-as user (ImpersonatingUserIdName, the user's full name).
/// </summary>
public sealed class SolutionStepMessageAndUserTests : IDisposable
{
    private const string ApiStep = "{6c1f0d5e-0007-4a7b-9c3d-000000000007}";

    // An id from another environment: no engine knows it.
    private const string ForeignMessageId = "5f0e8c11-2b4d-4e6f-8a1c-3d5e7f9a0b12";

    private readonly ContosoSolution solution = new();

    public void Dispose() => solution.Dispose();

    [Fact]
    public void SolutionFolders_StepOnCustomApiByAnotherEnvironmentsId_MatchedByTheNameInItsStepName()
    {
        WriteApi("contoso_Ping", allowed: 2);
        solution.WriteStep(ApiStep, "Contoso.Plugins.ProjectAudit: contoso_Ping of any Entity", ForeignMessageId, "ProjectAudit", stage: 40, extra: string.Empty, images: string.Empty, table: "none");
        using var org = Open();

        org.SystemService.Execute(new OrganizationRequest("contoso_Ping"));

        var seen = Assert.Single(Recorder.Calls);
        Assert.Equal(("contoso_Ping", 40), (seen.Context.MessageName, seen.Context.Stage));
        Assert.Equal("contoso_Ping", org.Pipeline.Steps.Single(s => s.Id == new Guid(ApiStep)).Message);
    }

    [Fact]
    public void SolutionFolders_StepOnCustomApiByTheEnginesMessageId_Registered()
    {
        WriteApi("contoso_Ping", allowed: 2);
        solution.WriteStep(ApiStep, "Ping audit", CustomMessages.MessageId("contoso_Ping").ToString("D"), "ProjectAudit", stage: 20, extra: string.Empty, images: string.Empty, table: "none");
        using var org = Open();

        org.SystemService.Execute(new OrganizationRequest("contoso_Ping"));

        Assert.Equal([20], Recorder.Calls.Select(c => c.Context.Stage));
        var row = org.SystemService.Retrieve("sdkmessageprocessingstep", new Guid(ApiStep), new ColumnSet("sdkmessageid"));
        Assert.Equal("contoso_Ping", org.SystemService.Retrieve("sdkmessage", row.GetAttributeValue<EntityReference>("sdkmessageid")!.Id, new ColumnSet("name"))["name"]);
    }

    [Fact]
    public void SolutionFolders_StepOnUnknownCustomMessage_ErrorListsTheOrganizationsOtherMessages()
    {
        WriteApi("contoso_Ping", allowed: 2);
        solution.WriteStep(ApiStep, "Ping audit", ForeignMessageId, "ProjectAudit", stage: 40, extra: string.Empty, images: string.Empty, table: "none");

        var error = Assert.Throws<MetadataException>(Open);

        Assert.Contains($"{solution.StepFile(ApiStep)}(3): step {ApiStep.Trim('{', '}')} (Ping audit): <SdkMessageId> {ForeignMessageId} is neither a platform message nor", error.Message, StringComparison.Ordinal);
        Assert.Contains("contoso_Ping", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, 1, "allows no custom processing steps (allowedcustomprocessingsteptype 0, None)")]
    [InlineData(1, 0, "it is synchronous, and custom API 'contoso_Ping' allows asynchronous steps only (allowedcustomprocessingsteptype 1, Async Only)")]
    public void SolutionFolders_StepTheCustomApiDoesNotAllow_OpenFailsNamingTheStepAndTheApi(int allowed, int mode, string problem)
    {
        WriteApi("contoso_Ping", allowed);
        solution.WriteStep(ApiStep, "Contoso.Plugins.ProjectAudit: contoso_Ping of any Entity", ForeignMessageId, "ProjectAudit", stage: 40, extra: string.Empty, images: string.Empty, table: "none", mode: mode);

        var error = Assert.Throws<StepRegistrationException>(Open);

        Assert.Contains($"{solution.StepFile(ApiStep)}(2) <SdkMessageProcessingStep>: step {ApiStep.Trim('{', '}')}", error.Message, StringComparison.Ordinal);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
        Assert.Contains("contoso_Ping", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SolutionFolders_AsyncStepOnAsyncOnlyCustomApi_Registered()
    {
        WriteApi("contoso_Ping", allowed: 1);
        solution.WriteStep(ApiStep, "Contoso.Plugins.ProjectAudit: contoso_Ping of any Entity", ForeignMessageId, "ProjectAudit", stage: 40, extra: string.Empty, images: string.Empty, table: "none", mode: 1);

        using var org = Open();

        Assert.Equal(StepExecutionMode.Asynchronous, org.Pipeline.Steps.Single(s => s.Id == new Guid(ApiStep)).Mode);
    }

    [Fact]
    public void SolutionFolders_RunAsUserName_StepRunsAsThatUser()
    {
        AddRunAs(ContosoSolution.CreateStep, "Avery Stone");
        using var org = Open();
        var avery = User(org, "Avery", "Stone");
        var caller = User(org, "Casey", "Lee");

        org.ServiceAs(caller).Create(new Entity("contoso_project") { ["contoso_name"] = "Bridge" });

        var seen = Assert.Single(Recorder.Calls);
        Assert.Equal((avery, caller), (seen.Context.UserId, seen.Context.InitiatingUserId));
    }

    [Fact]
    public void SolutionFolders_RunAsUnknownUserName_RequestFailsNamingTheStepAndNothingIsSaved()
    {
        AddRunAs(ContosoSolution.CreateStep, "Nobody Here");
        using var org = Open();

        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() => org.SystemService.Create(new Entity("contoso_project") { ["contoso_name"] = "Bridge" }));

        Assert.Contains($"The step {ContosoSolution.CreateStep.Trim('{', '}')} (Contoso.Plugins.ProjectAudit: Create of contoso_project) runs as 'Nobody Here' (ImpersonatingUserIdName), but no user has that full name.", fault.Message, StringComparison.Ordinal);
        Assert.Empty(org.SystemService.RetrieveMultiple(new QueryExpression("contoso_project")).Entities);
    }

    [Fact]
    public void SolutionFolders_StepFromFileWithoutRunAs_RunsAsTheCaller()
    {
        using var org = Open();
        var caller = User(org, "Casey", "Lee");

        org.ServiceAs(caller).Create(new Entity("contoso_project") { ["contoso_name"] = "Bridge" });

        Assert.Equal(caller, Assert.Single(Recorder.Calls).Context.UserId);
    }

    private void AddRunAs(string stepId, string fullName) =>
        solution.Replace(solution.StepFile(stepId), "<InvocationSource>0</InvocationSource>", $"<ImpersonatingUserIdName>{fullName}</ImpersonatingUserIdName>\n  <InvocationSource>0</InvocationSource>");

    private void WriteApi(string uniqueName, int allowed) => solution.Write($"customapis/{uniqueName}/customapi.xml", $"""
        <?xml version="1.0" encoding="utf-8"?>
        <customapi uniquename="{uniqueName}">
          <allowedcustomprocessingsteptype>{allowed}</allowedcustomprocessingsteptype>
          <bindingtype>0</bindingtype>
          <boundentitylogicalname />
          <displayname default="{uniqueName}"><label description="{uniqueName}" languagecode="1033" /></displayname>
          <executeprivilegename />
          <iscustomizable>1</iscustomizable>
          <isfunction>0</isfunction>
          <isprivate>0</isprivate>
          <name>{uniqueName}</name>
          <plugintypeid />
        </customapi>
        """);

    private static Guid User(LocalOrganization org, string first, string last)
    {
        var unit = org.SystemService.Create(new Entity("businessunit") { ["name"] = "Unit " + last });
        return org.SystemService.Create(new Entity("systemuser")
        {
            ["firstname"] = first,
            ["lastname"] = last,
            ["domainname"] = $"{first}.{last}@contoso.test",
            ["businessunitid"] = new EntityReference("businessunit", unit),
        });
    }

    private LocalOrganization Open()
    {
        Recorder.Reset();
        return LocalOrganization.CreateInMemory(new LocalOrganizationOptions
        {
            SolutionFolders = [solution.Root],
            PluginAssemblies = [typeof(Contoso.Plugins.ProjectAudit).Assembly],
            EnforceSecurity = false,
        });
    }
}
