using System.ServiceModel;
using DataverseSharing.LocalDataverse.Pipeline;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.LocalDataverse.Tests.Pipeline.Solution;

/// <summary>
/// A separately built net462 plug-in assembly (tests/Samples/ContosoPlugins) runs in the engine from its unpacked
/// solution's step files, with images, configuration, the logger and the newer execution-context interfaces.
/// </summary>
public sealed class ContosoWidgetPluginTests
{
    private static readonly Guid Caller = new("d0000000-0000-0000-0000-0000000000e1");

    [Fact]
    public void PluginAssembly_BuiltForNet462_BindsToTheSdkTheEngineRuns()
    {
        var plugins = ContosoSample.Plugins;

        Assert.Equal("ContosoPlugins, Version=1.0.0.0, Culture=neutral, PublicKeyToken=5d0e8354bf5c305b", plugins.FullName);
        Assert.Contains(plugins.GetReferencedAssemblies(), a => a.Name == "mscorlib");
        var sdk = Assert.Single(plugins.GetReferencedAssemblies(), a => a.Name == "Microsoft.Xrm.Sdk");
        Assert.Equal(typeof(IPlugin).Assembly.GetName().FullName, sdk.FullName);
        Assert.True(typeof(IPlugin).IsAssignableFrom(plugins.GetType("ContosoPlugins.WidgetPlugin", throwOnError: true)));
    }

    [Fact]
    public void SolutionFolders_ContosoSolution_ThreeStepsOfTheSeparateAssembly()
    {
        using var org = LocalOrganization.CreateInMemory(ContosoSample.Options());

        var steps = org.Pipeline.Steps.OrderBy(s => s.Id).ToList();
        Assert.Equal(
            [("Create", StepStage.PostOperation), ("Update", StepStage.PreOperation), ("Delete", StepStage.PreOperation)],
            steps.Select(s => (s.Message, s.Stage)));
        Assert.All(steps, s => Assert.Same(ContosoSample.Plugins, s.PluginType.Assembly));
        Assert.Equal(["contoso_name"], steps[1].FilteringAttributes);
        Assert.Equal("renamed", steps[1].UnsecureConfiguration);
    }

    [Fact]
    public void Create_PostOperationStep_LogsPostImageAndExecutionContextValues()
    {
        using var org = LocalOrganization.CreateInMemory(ContosoSample.Options());

        var id = org.ServiceAs(Caller).Create(new Entity("contoso_widget") { ["contoso_name"] = "Sprocket" });

        Assert.Equal(
            $"created Sprocket|user {Caller:D}|initiating {Caller:D}|authenticated {Caller:D}|post images 1|portals False|depth 1",
            Log(org, id));
    }

    [Fact]
    public void Update_PreOperationStep_WritesConfigurationAndPreImageIntoTheSameSave()
    {
        using var org = LocalOrganization.CreateInMemory(ContosoSample.Options());
        var id = org.SystemService.Create(new Entity("contoso_widget") { ["contoso_name"] = "Sprocket" });

        org.SystemService.Update(new Entity("contoso_widget", id) { ["contoso_name"] = "Cog" });

        Assert.Equal("renamed: Sprocket -> Cog (no secure configuration)", Log(org, id));
    }

    [Fact]
    public void Update_OutsideFilteringAttributes_StepDoesNotRun()
    {
        using var org = LocalOrganization.CreateInMemory(ContosoSample.Options());
        var id = org.SystemService.Create(new Entity("contoso_widget") { ["contoso_name"] = "Sprocket" });
        var logged = Log(org, id);

        org.SystemService.Update(new Entity("contoso_widget", id) { ["contoso_size"] = 4 });

        Assert.Equal(logged, Log(org, id));
    }

    [Fact]
    public void Update_PluginRefuses_CallerGetsItsMessageAndNothingChanges()
    {
        using var org = LocalOrganization.CreateInMemory(ContosoSample.Options());
        var id = org.SystemService.Create(new Entity("contoso_widget") { ["contoso_name"] = "Sprocket" });

        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() =>
            org.SystemService.Update(new Entity("contoso_widget", id) { ["contoso_name"] = "Forbidden" }));

        Assert.Equal("A widget may not be called 'Forbidden'.", fault.Detail.Message);
        Assert.Equal("Sprocket", org.SystemService.Retrieve("contoso_widget", id, new ColumnSet("contoso_name")).GetAttributeValue<string>("contoso_name"));
        Assert.Contains(org.Pipeline.TraceLog.Entries, e => e.Text == "Warning: refused the name Forbidden");
    }

    [Fact]
    public void Delete_PreOperationStep_PreImageOutlivesTheRow()
    {
        using var org = LocalOrganization.CreateInMemory(ContosoSample.Options());
        var id = org.SystemService.Create(new Entity("contoso_widget") { ["contoso_name"] = "Sprocket" });
        org.SystemService.Update(new Entity("contoso_widget", id) { ["contoso_name"] = "Cog" });

        org.SystemService.Delete("contoso_widget", id);

        var query = new QueryExpression("contact") { ColumnSet = new ColumnSet("description") };
        query.Criteria.AddCondition("lastname", ConditionOperator.Equal, $"widget {id:D}");
        var tombstone = Assert.Single(org.SystemService.RetrieveMultiple(query).Entities);
        Assert.Equal("deleted Cog after: renamed: Sprocket -> Cog (no secure configuration)", tombstone.GetAttributeValue<string>("description"));
        Assert.Empty(org.SystemService.RetrieveMultiple(new QueryExpression("contoso_widget")).Entities);
    }

    [Fact]
    public void Create_TemplateBaseClass_TraceAndLoggerLinesInTheTraceLog()
    {
        using var org = LocalOrganization.CreateInMemory(ContosoSample.Options());

        var id = org.ServiceAs(Caller).Create(new Entity("contoso_widget") { ["contoso_name"] = "Sprocket" });

        var lines = org.Pipeline.TraceLog.Entries.Select(e => e.Text).ToList();
        Assert.Contains(lines, l => l.StartsWith("[Execute] - Entered ContosoPlugins.WidgetPlugin.Execute() Correlation Id: ", StringComparison.Ordinal));
        Assert.Contains("Information: ContosoPlugins.WidgetPlugin entered", lines);
        Assert.Contains($"Information: Create of contoso_widget {id} at stage 40", lines);
        Assert.Contains("[Execute] - Exiting ContosoPlugins.WidgetPlugin.Execute()", lines);
    }

    private static string? Log(LocalOrganization org, Guid id) =>
        org.SystemService.Retrieve("contoso_widget", id, new ColumnSet("contoso_log")).GetAttributeValue<string>("contoso_log");
}
