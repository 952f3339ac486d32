using System.ServiceModel;
using DataverseSharing.LocalDataverse.Metadata;
using DataverseSharing.LocalDataverse.Pipeline;
using Microsoft.Xrm.Sdk;

namespace DataverseSharing.LocalDataverse.Tests.Pipeline.Solution;

/// <summary>A third party's unpacked solution: its table loads, and its plug-ins run from its step files with their images.</summary>
public sealed class SolutionStepReaderTests : IDisposable
{
    private readonly ContosoSolution solution = new();

    public void Dispose() => solution.Dispose();

    [Fact]
    public void SolutionFolders_StepFiles_AllStepsRegisteredWithTheirFileValues()
    {
        using var org = Open();

        Assert.Equal(4, org.Pipeline.Steps.Count);
        var update = org.Pipeline.Steps.Single(s => s.Id == new Guid(ContosoSolution.UpdatePreStep));
        Assert.Equal(("Update", "contoso_project", StepStage.PreOperation), (update.Message, update.Table, update.Stage));
        Assert.Equal(["contoso_name"], update.FilteringAttributes);
        Assert.Equal(typeof(Contoso.Plugins.ProjectAudit), update.PluginType);
        var image = Assert.Single(update.Images);
        Assert.Equal(("PreImage", StepImageKind.PreImage, "Target"), (image.Alias, image.Kind, image.MessagePropertyName));
    }

    [Fact]
    public void Create_StepFromSolution_RunsWithPostImageAndConfiguration()
    {
        using var org = Open();

        var id = org.SystemService.Create(new Entity("contoso_project") { ["contoso_name"] = "Bridge", ["contoso_budget"] = 5 });

        var seen = Assert.Single(Recorder.Calls);
        Assert.Equal(("Create", 40), (seen.Context.MessageName, seen.Context.Stage));
        var created = seen.Context.PostEntityImages["Created"];
        Assert.Equal(id, created.Id);
        Assert.Equal("Bridge", created["contoso_name"]);
        Assert.False(created.Contains("contoso_budget"));
        Assert.Equal("created-config", seen.Context.SharedVariables["configuration"]);
    }

    [Fact]
    public void Update_StepsFromSolution_PreImageBeforeAndBothImagesAfter()
    {
        using var org = Open();
        var id = org.SystemService.Create(new Entity("contoso_project") { ["contoso_name"] = "Bridge", ["contoso_budget"] = 5 });
        Recorder.Reset();

        org.SystemService.Update(new Entity("contoso_project", id) { ["contoso_name"] = "Tunnel" });

        Assert.Equal([20, 40], Recorder.Calls.Select(c => c.Context.Stage));
        Assert.Equal("Bridge", Recorder.Calls[0].Context.PreEntityImages["PreImage"]["contoso_name"]);
        var after = Recorder.Calls[1].Context;
        Assert.Equal("Bridge", after.PreEntityImages["Image"]["contoso_name"]);
        Assert.Equal("Tunnel", after.PostEntityImages["Image"]["contoso_name"]);
        Assert.Equal(5, after.PostEntityImages["Image"]["contoso_budget"]);
    }

    [Fact]
    public void Update_OutsideFilteringColumns_OnlyTheUnfilteredStepRuns()
    {
        using var org = Open();
        var id = org.SystemService.Create(new Entity("contoso_project") { ["contoso_name"] = "Bridge" });
        Recorder.Reset();

        org.SystemService.Update(new Entity("contoso_project", id) { ["contoso_budget"] = 7 });

        Assert.Equal(40, Assert.Single(Recorder.Calls).Context.Stage);
    }

    [Fact]
    public void Delete_StepFromSolution_PreImageLetsThePluginRefuse()
    {
        using var org = Open();
        var active = org.SystemService.Create(new Entity("contoso_project") { ["contoso_name"] = "Bridge", ["contoso_active"] = true });
        var idle = org.SystemService.Create(new Entity("contoso_project") { ["contoso_name"] = "Tunnel", ["contoso_active"] = false });

        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() => org.SystemService.Delete("contoso_project", active));
        org.SystemService.Delete("contoso_project", idle);

        Assert.Contains("An active project cannot be deleted.", fault.Message, StringComparison.Ordinal);
        Assert.Equal("Bridge", org.SystemService.Retrieve("contoso_project", active, new Microsoft.Xrm.Sdk.Query.ColumnSet("contoso_name"))["contoso_name"]);
        Assert.Equal(10, Recorder.Calls.Last(c => c.Plugin == nameof(Contoso.Plugins.ProjectDeleteGuard)).Context.Stage);
    }

    [Fact]
    public void SolutionFolders_StepNamesTypeByIdOnly_TypeFoundThroughTheAssemblyDataFile()
    {
        RemovePluginTypeName(ContosoSolution.CreateStep);
        using var org = Open();

        org.SystemService.Create(new Entity("contoso_project") { ["contoso_name"] = "Bridge" });

        Assert.Equal(nameof(Contoso.Plugins.ProjectAudit), Assert.Single(Recorder.Calls).Plugin);
    }

    [Fact]
    public void SolutionFolders_PluginTypeIdListedNowhere_ErrorNamesFileStepAndId()
    {
        RemovePluginTypeName(ContosoSolution.CreateStep);
        solution.Replace(solution.StepFile(ContosoSolution.CreateStep), ContosoSolution.AuditTypeId, "6c1f0d5e-1000-4a7b-9c3d-0000000000ff");

        var error = Assert.Throws<MetadataException>(Open);

        Assert.Contains($"{solution.StepFile(ContosoSolution.CreateStep)}(2): step", error.Message, StringComparison.Ordinal);
        Assert.Contains("<PluginTypeId> 6c1f0d5e-1000-4a7b-9c3d-0000000000ff is not listed by any PluginAssemblies/*/*.dll.data.xml", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_AsynchronousStepFromSolution_QueuedAndRunOnDrain()
    {
        solution.WriteStep("{6c1f0d5e-0006-4a7b-9c3d-000000000006}", "Contoso.Plugins.ProjectAudit: async Create", ContosoSolution.CreateId, "ProjectAudit", stage: 40, extra: string.Empty,
            images: ContosoSolution.Image("Later", 1, "id", "contoso_name"), mode: 1);
        using var org = Open();
        org.SystemService.Create(new Entity("contoso_project") { ["contoso_name"] = "Bridge" });
        Recorder.Reset();

        var result = org.AsyncJobs.Drain();

        Assert.Equal(1, result.Succeeded);
        Assert.Equal("Bridge", Assert.Single(Recorder.Calls).Context.PostEntityImages["Later"]["contoso_name"]);
    }

    [Fact]
    public void SolutionFolders_PluginTypeInNoGivenAssembly_ErrorNamesFileStepAndType()
    {
        var error = Assert.Throws<MetadataException>(() => LocalOrganization.CreateInMemory(new LocalOrganizationOptions { SolutionFolders = [solution.Root], EnforceSecurity = false }));

        Assert.Contains($"{solution.StepFile(ContosoSolution.CreateStep)}(2)", error.Message, StringComparison.Ordinal);
        Assert.Contains($"step {ContosoSolution.CreateStep.Trim('{', '}')}", error.Message, StringComparison.Ordinal);
        Assert.Contains("'Contoso.Plugins.ProjectAudit'", error.Message, StringComparison.Ordinal);
        Assert.Contains("is in none of the given plug-in assemblies", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SolutionFolders_StepOnMissingTable_ErrorNamesFileElementAndStep()
    {
        solution.Replace(solution.StepFile(ContosoSolution.UpdatePostStep), "<PrimaryEntity>contoso_project</PrimaryEntity>", "<PrimaryEntity>contoso_nosuch</PrimaryEntity>");

        var error = Assert.Throws<StepRegistrationException>(Open);

        Assert.Contains($"{solution.StepFile(ContosoSolution.UpdatePostStep)}(2) <SdkMessageProcessingStep>: step {ContosoSolution.UpdatePostStep.Trim('{', '}')}", error.Message, StringComparison.Ordinal);
        Assert.Contains("table 'contoso_nosuch' does not exist", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SolutionFolders_StepOnUnknownMessage_ErrorNamesTheMessageId()
    {
        solution.Replace(solution.StepFile(ContosoSolution.CreateStep), ContosoSolution.CreateId, "0d0d0d0d-ea3e-db11-86a7-000a3a5473e8");

        var error = Assert.Throws<MetadataException>(Open);

        Assert.Contains($"{solution.StepFile(ContosoSolution.CreateStep)}(3): step", error.Message, StringComparison.Ordinal);
        Assert.Contains("<SdkMessageId> 0d0d0d0d-ea3e-db11-86a7-000a3a5473e8 is neither a platform message nor", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SolutionFolders_ImageOnMessageWithNone_ErrorNamesFileStepAndImage()
    {
        solution.WriteStep("{6c1f0d5e-0005-4a7b-9c3d-000000000005}", "Contoso.Plugins.ProjectAudit: Retrieve of contoso_project", ContosoSolution.RetrieveId, "ProjectAudit", stage: 40, extra: string.Empty,
            images: ContosoSolution.Image("Read", 0, "Target", "contoso_name"));

        var error = Assert.Throws<StepRegistrationException>(Open);

        Assert.Contains(solution.StepFile("{6c1f0d5e-0005-4a7b-9c3d-000000000005}"), error.Message, StringComparison.Ordinal);
        Assert.Contains("image 'Read' is on Retrieve, a message that has no images", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SolutionFolders_MalformedStepXml_ErrorNamesFileAndLine()
    {
        solution.Replace(solution.StepFile(ContosoSolution.DeleteStep), "<Rank>1</Rank>", "<Rank>1</Rnk>");

        var error = Assert.Throws<MetadataException>(Open);

        Assert.Contains($"{solution.StepFile(ContosoSolution.DeleteStep)}(11)", error.Message, StringComparison.Ordinal);
        Assert.Contains("Malformed XML", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_BadSolutionStep_NoDatabaseFileCreated()
    {
        solution.Replace(solution.StepFile(ContosoSolution.CreateStep), "<Stage>40</Stage>", "<Stage>30</Stage>");
        var path = Path.Combine(solution.Root, "..", "org.db");

        var error = Assert.Throws<StepRegistrationException>(() => LocalOrganization.Open(path, Options()));

        Assert.Contains("stage 30 is not 10, 20 or 40", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(path));
    }

    private void RemovePluginTypeName(string stepId)
    {
        var path = Path.Combine(solution.Root, solution.StepFile(stepId));
        File.WriteAllLines(path, File.ReadAllLines(path).Where(line => !line.Contains("<PluginTypeName>", StringComparison.Ordinal)));
    }

    private LocalOrganizationOptions Options() => new()
    {
        SolutionFolders = [solution.Root],
        PluginAssemblies = [typeof(Contoso.Plugins.ProjectAudit).Assembly],
        EnforceSecurity = false,
    };

    private LocalOrganization Open()
    {
        Recorder.Reset();
        return LocalOrganization.CreateInMemory(Options());
    }
}
