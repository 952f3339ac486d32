using DataverseSharing.LocalDataverse.Metadata;
using DataverseSharing.Testing.Solutions;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Standard = DataverseSharing.LocalDataverse.Metadata.Standard;

namespace DataverseSharing.LocalDataverse.Tests.Metadata.Solution;

/// <summary>
/// A plug-in reads a folder's environment variable the documented way (the definition, outer-joined to its value,
/// the default when there is none). The two tables are given here in the catalog with the columns the reader writes.
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
            Catalog = CatalogWithVariables(),
            SolutionFolders = [solution.Root],
            PluginAssemblies = [typeof(EnvironmentVariableReaderPlugin).Assembly],
            EnforceSecurity = false,
        });

        var response = org.SystemService.Execute(new OrganizationRequest("fab_ReadVariable") { ["Name"] = name });

        Assert.Equal(expected, response["Value"]);
    }

    private static MetadataCatalog CatalogWithVariables()
    {
        var type = new OptionSetDefinition("environmentvariabledefinition_type", OptionSetKind.Picklist, isGlobal: false,
            Enumerable.Range(0, 6).Select(i => new OptionDefinition(100000000 + i, $"Type {i}")));
        ColumnDefinition Text(string name, ColumnType kind = ColumnType.String) => new() { LogicalName = name, Type = kind, MaxLength = 2000 };
        var definition = new TableDefinition("environmentvariabledefinition", "environmentvariabledefinitionid",
        [
            new() { LogicalName = "environmentvariabledefinitionid", Type = ColumnType.Uniqueidentifier, IsPrimaryId = true },
            Text("schemaname") with { IsPrimaryName = true },
            Text("displayname"),
            Text("description", ColumnType.Memo),
            Text("defaultvalue", ColumnType.Memo),
            new() { LogicalName = "type", Type = ColumnType.Picklist, OptionSet = type },
            new() { LogicalName = "isrequired", Type = ColumnType.Boolean },
            Standard.CommonColumns.VersionNumber(),
        ])
        { SchemaName = "EnvironmentVariableDefinition", Ownership = OwnershipType.OrganizationOwned };
        var value = new TableDefinition("environmentvariablevalue", "environmentvariablevalueid",
        [
            new() { LogicalName = "environmentvariablevalueid", Type = ColumnType.Uniqueidentifier, IsPrimaryId = true },
            Text("schemaname") with { IsPrimaryName = true },
            Text("value", ColumnType.Memo),
            new() { LogicalName = "environmentvariabledefinitionid", Type = ColumnType.Lookup },
            Standard.CommonColumns.VersionNumber(),
        ])
        { SchemaName = "EnvironmentVariableValue", Ownership = OwnershipType.OrganizationOwned };
        return Standard.StandardTables.AddTo(new MetadataCatalogBuilder())
            .AddTable(definition)
            .AddTable(value)
            .AddRelationship(new OneToManyRelationshipDefinition(
                "environmentvariabledefinition_environmentvariablevalue", "environmentvariabledefinition", string.Empty, "environmentvariablevalue", "environmentvariabledefinitionid"))
            .Build();
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
