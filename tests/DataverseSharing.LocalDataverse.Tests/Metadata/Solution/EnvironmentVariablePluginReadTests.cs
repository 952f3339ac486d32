using DataverseSharing.Testing.Solutions;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.LocalDataverse.Tests.Metadata.Solution;

/// <summary>
/// A plug-in reads a folder's environment variable the documented way (the definition, outer-joined to its value,
/// the default when there is none), from the rows written at open into the standard tables.
/// </summary>
public sealed class EnvironmentVariablePluginReadTests : IDisposable
{
    private static readonly Guid ReaderTypeId = new("7d2e4f60-2222-4c3b-8a9d-000000000002");
    private readonly UnpackedSolutionBuilder solution = new UnpackedSolutionBuilder()
        .EnvironmentVariable("fab_ApiUrl", defaultValue: "https://default.test", currentValue: "https://current.test")
        .EnvironmentVariable("fab_Retries", defaultValue: "3", type: 100000001)
        .PluginAssembly(typeof(EnvironmentVariableReaderPlugin).Assembly, (typeof(EnvironmentVariableReaderPlugin), ReaderTypeId))
        .CustomApi("fab_ReadVariable", ReaderTypeId, parameters: [("Name", 10, false)], properties: [("Value", 10)]);

    public void Dispose() => solution.Dispose();

    [Theory]
    [InlineData("fab_ApiUrl", "https://current.test")]
    [InlineData("fab_Retries", "3")]
    public void Execute_PluginReadingAVariable_GetsTheCurrentValueElseTheDefault(string name, string expected)
    {
        using var org = LocalOrganization.CreateInMemory(new LocalOrganizationOptions
        {
            SolutionFolders = [solution.Root],
            PluginAssemblies = [typeof(EnvironmentVariableReaderPlugin).Assembly],
            EnforceSecurity = false,
        });

        var response = org.SystemService.Execute(new OrganizationRequest("fab_ReadVariable") { ["Name"] = name });

        Assert.Equal(expected, response["Value"]);
    }
}

/// <summary>Reads the variable named by Name as Microsoft's guidance shows: definition outer-joined to value.</summary>
public sealed class EnvironmentVariableReaderPlugin : IPlugin
{
    public void Execute(IServiceProvider serviceProvider)
    {
        var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
        var service = ((IOrganizationServiceFactory)serviceProvider.GetService(typeof(IOrganizationServiceFactory))!).CreateOrganizationService(context.UserId);
        var query = new QueryExpression("environmentvariabledefinition") { ColumnSet = new ColumnSet("defaultvalue") };
        query.Criteria.AddCondition("schemaname", ConditionOperator.Equal, (string)context.InputParameters["Name"]!);
        var link = query.AddLink("environmentvariablevalue", "environmentvariabledefinitionid", "environmentvariabledefinitionid", JoinOperator.LeftOuter);
        link.Columns = new ColumnSet("value");
        link.EntityAlias = "v";
        var row = service.RetrieveMultiple(query).Entities.Single();
        context.OutputParameters["Value"] = row.GetAttributeValue<AliasedValue>("v.value")?.Value as string ?? row.GetAttributeValue<string>("defaultvalue");
    }
}
