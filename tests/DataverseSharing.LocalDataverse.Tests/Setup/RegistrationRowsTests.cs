using DataverseSharing.LocalDataverse.Pipeline;
using DataverseSharing.LocalDataverse.Tests.Pipeline.Registration;
using DataverseSharing.LocalDataverse.Tests.Pipeline.Solution;
using Microsoft.Xrm.Sdk;

namespace DataverseSharing.LocalDataverse.Tests.Setup;

/// <summary>The registration rows an open builds from a solution folder and from code-registered steps.</summary>
public sealed class RegistrationRowsTests : IDisposable
{
    private static readonly Guid CodeStepId = new("c1000000-0000-0000-0000-000000000001");

    private readonly ContosoSolution solution = new();

    public void Dispose() => solution.Dispose();

    [Fact]
    public void From_SolutionFolder_StepRowCarriesTheFileValuesAndIds()
    {
        var rows = OrganizationSetup.From(FolderOptions()).SystemRows;

        var step = Row(rows, "sdkmessageprocessingstep", new Guid(ContosoSolution.CreateStep));
        Assert.Equal(40, step.GetAttributeValue<OptionSetValue>("stage")!.Value);
        Assert.Equal(0, step.GetAttributeValue<OptionSetValue>("mode")!.Value);
        Assert.Equal(1, step["rank"]);
        Assert.Equal("created-config", step["configuration"]);
        Assert.Equal(new Guid(ContosoSolution.AuditTypeId), step.GetAttributeValue<EntityReference>("plugintypeid")!.Id);
        Assert.Equal(new Guid(ContosoSolution.CreateId), step.GetAttributeValue<EntityReference>("sdkmessageid")!.Id);
        Assert.False(step.GetAttributeValue<bool>("asyncautodelete"));
        Assert.Equal(0, step.GetAttributeValue<OptionSetValue>("statecode")!.Value);
        var filter = Row(rows, "sdkmessagefilter", step.GetAttributeValue<EntityReference>("sdkmessagefilterid")!.Id);
        Assert.Equal("contoso_project", filter["primaryobjecttypecode"]);
        var type = Row(rows, "plugintype", new Guid(ContosoSolution.AuditTypeId));
        Assert.Equal("Contoso.Plugins.ProjectAudit", type["typename"]);
        Assert.Equal(new Guid("6c1f0d5e-2000-4a7b-9c3d-000000000001"), type.GetAttributeValue<EntityReference>("pluginassemblyid")!.Id);
        Assert.Equal("Create", Row(rows, "sdkmessage", new Guid(ContosoSolution.CreateId))["name"]);
    }

    [Fact]
    public void From_SolutionFolder_ImagesLinkedToTheirStep()
    {
        var rows = OrganizationSetup.From(FolderOptions()).SystemRows;

        var image = Assert.Single(rows, r => r.LogicalName == "sdkmessageprocessingstepimage"
            && r.GetAttributeValue<EntityReference>("sdkmessageprocessingstepid")!.Id == new Guid(ContosoSolution.DeleteStep));
        Assert.Equal(("Gone", 0, "contoso_name,contoso_active", "Target"), (
            image.GetAttributeValue<string>("entityalias"),
            image.GetAttributeValue<OptionSetValue>("imagetype")!.Value,
            image.GetAttributeValue<string>("attributes"),
            image.GetAttributeValue<string>("messagepropertyname")));
    }

    [Fact]
    public void From_SolutionFolder_SolutionAndPublisherFromTheManifest()
    {
        var rows = OrganizationSetup.From(FolderOptions()).SystemRows;

        var row = Assert.Single(rows, r => r.LogicalName == "solution");
        Assert.Equal(("ContosoProjects", "1.0.0.0", false), (row["uniquename"], row["version"], row["ismanaged"]));
        var publisher = Row(rows, "publisher", row.GetAttributeValue<EntityReference>("publisherid")!.Id);
        Assert.Equal(("contoso", "contoso", 10000), (publisher["uniquename"], publisher["customizationprefix"], publisher["customizationoptionvalueprefix"]));
    }

    [Fact]
    public void From_RowsOfSharedParents_EachParentOnceAndBeforeItsChildren()
    {
        var rows = OrganizationSetup.From(FolderOptions()).SystemRows;

        Assert.Single(rows, r => r.LogicalName == "pluginassembly");
        // Two Update steps on contoso_project share one sdkmessagefilter; Create, Update and Delete make three.
        Assert.Single(rows, r => r.LogicalName == "sdkmessagefilter" && r.GetAttributeValue<EntityReference>("sdkmessageid")!.Id == new Guid(ContosoSolution.UpdateId));
        Assert.Equal(3, rows.Count(r => r.LogicalName == "sdkmessagefilter"));
        var order = rows.Select(r => r.LogicalName).ToList();
        Assert.True(order.LastIndexOf("plugintype") < order.IndexOf("sdkmessageprocessingstep"));
        Assert.True(order.LastIndexOf("sdkmessageprocessingstep") < order.IndexOf("sdkmessageprocessingstepimage"));
    }

    [Fact]
    public void From_CodeRegisteredStep_SameStableIdsOnEveryBuild()
    {
        var options = CodeOptions(new StepImageDefinition { Alias = "before", Kind = StepImageKind.PreImage });

        var first = OrganizationSetup.From(options).SystemRows.Select(r => (r.LogicalName, r.Id)).ToList();
        var second = OrganizationSetup.From(options).SystemRows.Select(r => (r.LogicalName, r.Id)).ToList();

        Assert.Equal(first, second);
        Assert.Contains(("sdkmessageprocessingstep", CodeStepId), first);
        Assert.DoesNotContain(first, r => r.Id == Guid.Empty);
        Assert.Equal(["pluginassembly", "plugintype", "sdkmessage", "sdkmessagefilter", "sdkmessageprocessingstep", "sdkmessageprocessingstepimage"], first.Select(r => r.LogicalName));
    }

    [Fact]
    public void From_RunAsUserAndAsyncAutoDelete_OnTheStepRow()
    {
        var user = Guid.NewGuid();
        var options = CodeOptions() with
        {
            Steps = [Step() with { RunAsUserId = user, Mode = StepExecutionMode.Asynchronous, Stage = StepStage.PostOperation, AsyncAutoDelete = true, FilteringAttributes = ["name", "telephone1"] }],
        };

        var step = Row(OrganizationSetup.From(options).SystemRows, "sdkmessageprocessingstep", CodeStepId);

        Assert.Equal(user, step.GetAttributeValue<EntityReference>("impersonatinguserid")!.Id);
        Assert.True(step.GetAttributeValue<bool>("asyncautodelete"));
        Assert.Equal(1, step.GetAttributeValue<OptionSetValue>("mode")!.Value);
        Assert.Equal("name,telephone1", step["filteringattributes"]);
    }

    [Fact]
    public void From_StepOnAMessageWithoutDocumentedId_GetsAnIdStableAcrossOpens()
    {
        // CreateMultiple's sdkmessageid differs per environment (none is documented); a step on it is legal.
        var options = new LocalOrganizationOptions
        {
            Steps = [Step() with { Message = "CreateMultiple", Stage = StepStage.PostOperation }],
            EnforceSecurity = false,
        };

        var first = OrganizationSetup.From(options).SystemRows;
        var second = OrganizationSetup.From(options).SystemRows;

        var message = Assert.Single(first, r => r.LogicalName == "sdkmessage");
        Assert.Equal("CreateMultiple", message["name"]);
        Assert.NotEqual(Guid.Empty, message.Id);
        Assert.Equal(message.Id, Assert.Single(second, r => r.LogicalName == "sdkmessage").Id);
        Assert.Equal(message.Id, Row(first, "sdkmessageprocessingstep", CodeStepId).GetAttributeValue<EntityReference>("sdkmessageid")!.Id);
    }

    private static Entity Row(IReadOnlyList<Entity> rows, string table, Guid id) => Assert.Single(rows, r => r.LogicalName == table && r.Id == id);

    private static StepDefinition Step() => new() { Id = CodeStepId, PluginType = typeof(RecordingPlugin), Message = "Update", Table = "account", Stage = StepStage.PreOperation };

    private static LocalOrganizationOptions CodeOptions(params StepImageDefinition[] images) =>
        new() { Steps = [Step() with { Images = images }], EnforceSecurity = false };

    private LocalOrganizationOptions FolderOptions() => new()
    {
        SolutionFolders = [solution.Root],
        PluginAssemblies = [typeof(Contoso.Plugins.ProjectAudit).Assembly],
        EnforceSecurity = false,
    };
}
