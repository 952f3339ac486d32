using DataverseSharing.LocalDataverse.Metadata;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.LocalDataverse.Tests.Metadata.Standard;

/// <summary>
/// The registration and environment-variable tables generated from Microsoft's table reference: their documented
/// names, keys, ownership and choices, and rows that can be written and read back.
/// </summary>
public sealed class RegistrationTablesTests
{
    private static readonly MetadataCatalog Catalog = LocalMetadata.StandardOnly();

    [Theory]
    [InlineData("solution", "Solution", "solutions", "solutionid", "friendlyname", OwnershipType.OrganizationOwned)]
    [InlineData("publisher", "Publisher", "publishers", "publisherid", "friendlyname", OwnershipType.OrganizationOwned)]
    [InlineData("pluginpackage", "PluginPackage", "pluginpackages", "pluginpackageid", "name", OwnershipType.OrganizationOwned)]
    [InlineData("pluginassembly", "PluginAssembly", "pluginassemblies", "pluginassemblyid", "name", OwnershipType.OrganizationOwned)]
    [InlineData("plugintype", "PluginType", "plugintypes", "plugintypeid", "name", OwnershipType.OrganizationOwned)]
    [InlineData("sdkmessage", "SdkMessage", "sdkmessages", "sdkmessageid", "name", OwnershipType.OrganizationOwned)]
    [InlineData("sdkmessagefilter", "SdkMessageFilter", "sdkmessagefilters", "sdkmessagefilterid", "name", OwnershipType.OrganizationOwned)]
    [InlineData("sdkmessageprocessingstep", "SdkMessageProcessingStep", "sdkmessageprocessingsteps", "sdkmessageprocessingstepid", "name", OwnershipType.OrganizationOwned)]
    [InlineData("sdkmessageprocessingstepimage", "SdkMessageProcessingStepImage", "sdkmessageprocessingstepimages", "sdkmessageprocessingstepimageid", "name", OwnershipType.OrganizationOwned)]
    [InlineData("customapi", "CustomAPI", "customapis", "customapiid", "name", OwnershipType.UserOwned)]
    [InlineData("customapirequestparameter", "CustomAPIRequestParameter", "customapirequestparameters", "customapirequestparameterid", "name", OwnershipType.None)]
    [InlineData("customapiresponseproperty", "CustomAPIResponseProperty", "customapiresponseproperties", "customapiresponsepropertyid", "name", OwnershipType.UserOwned)]
    [InlineData("environmentvariabledefinition", "EnvironmentVariableDefinition", "environmentvariabledefinitions", "environmentvariabledefinitionid", "schemaname", OwnershipType.UserOwned)]
    [InlineData("environmentvariablevalue", "EnvironmentVariableValue", "environmentvariablevalues", "environmentvariablevalueid", "schemaname", OwnershipType.UserOwned)]
    public void Table_Registration_HasDocumentedNamesKeysAndOwnership(string table, string schemaName, string entitySet, string primaryId, string primaryName, OwnershipType ownership)
    {
        var definition = Catalog.GetTable(table);

        Assert.Equal(schemaName, definition.SchemaName);
        Assert.Equal(entitySet, definition.EntitySetName);
        Assert.Equal(primaryId, definition.PrimaryIdAttribute);
        Assert.Equal(primaryName, definition.PrimaryNameAttribute);
        Assert.True(definition.FindColumn(primaryName)!.IsPrimaryName);
        Assert.Equal(ownership, definition.Ownership);
        Assert.Equal(ownership == OwnershipType.UserOwned, definition.FindColumn("ownerid") is not null);
        Assert.NotNull(definition.FindColumn("createdonbehalfby"));
    }

    [Theory]
    [InlineData("sdkmessageprocessingstep", "stage", new[] { 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55, 80, 90 })]
    [InlineData("sdkmessageprocessingstep", "mode", new[] { 0, 1 })]
    [InlineData("sdkmessageprocessingstep", "supporteddeployment", new[] { 0, 1, 2 })]
    [InlineData("sdkmessageprocessingstepimage", "imagetype", new[] { 0, 1, 2 })]
    [InlineData("pluginassembly", "isolationmode", new[] { 1, 2, 3 })]
    [InlineData("pluginassembly", "sourcetype", new[] { 0, 1, 2, 3, 4 })]
    [InlineData("customapi", "bindingtype", new[] { 0, 1, 2 })]
    [InlineData("customapirequestparameter", "type", new[] { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 })]
    [InlineData("customapiresponseproperty", "type", new[] { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 })]
    [InlineData("environmentvariabledefinition", "type", new[] { 100000000, 100000001, 100000002, 100000003, 100000004 })]
    public void Choice_Registration_HasDocumentedValues(string table, string column, int[] values)
    {
        var options = Catalog.GetTable(table).FindColumn(column)!.OptionSet!;

        Assert.Equal(values, options.Options.Select(o => o.Value));
    }

    [Fact]
    public void Step_StateAndStatus_EnabledOrDisabled()
    {
        var step = Catalog.GetTable("sdkmessageprocessingstep");

        Assert.Equal(["0:Enabled:1", "1:Disabled:2"], step.FindColumn("statecode")!.OptionSet!.Options.Select(o => $"{o.Value}:{o.InvariantName}:{o.DefaultStatus}"));
        Assert.Equal(1, step.FindColumn("statuscode")!.OptionSet!.Find(2)!.State);
    }

    [Theory]
    [InlineData("sdkmessageprocessingstep", "plugintypeid", "plugintype")]
    [InlineData("sdkmessageprocessingstep", "eventhandler", "plugintype")]
    [InlineData("sdkmessageprocessingstep", "sdkmessagefilterid", "sdkmessagefilter")]
    [InlineData("sdkmessageprocessingstepimage", "sdkmessageprocessingstepid", "sdkmessageprocessingstep")]
    [InlineData("plugintype", "pluginassemblyid", "pluginassembly")]
    [InlineData("pluginassembly", "packageid", "pluginpackage")]
    [InlineData("solution", "publisherid", "publisher")]
    [InlineData("customapirequestparameter", "customapiid", "customapi")]
    [InlineData("environmentvariablevalue", "environmentvariabledefinitionid", "environmentvariabledefinition")]
    public void Lookup_Registration_TargetsItsParent(string table, string column, string target)
    {
        var definition = Catalog.GetTable(table).FindColumn(column)!;

        Assert.Equal(ColumnType.Lookup, definition.Type);
        Assert.Equal([target], definition.Targets);
    }

    [Fact]
    public void EnvironmentVariable_DefinitionAndValue_ReadBackTogether()
    {
        using var org = LocalOrganization.CreateInMemory(new LocalOrganizationOptions { EnforceSecurity = false });
        var service = org.SystemService;
        var definitionId = service.Create(new Entity("environmentvariabledefinition")
        {
            ["schemaname"] = "contoso_ApiUrl",
            ["displayname"] = "API URL",
            ["type"] = new OptionSetValue(100000000),
            ["defaultvalue"] = "https://default.example",
        });
        service.Create(new Entity("environmentvariablevalue")
        {
            ["schemaname"] = "contoso_ApiUrl",
            ["value"] = "https://override.example",
            ["environmentvariabledefinitionid"] = new EntityReference("environmentvariabledefinition", definitionId),
        });

        var query = new QueryExpression("environmentvariabledefinition") { ColumnSet = new ColumnSet("schemaname", "defaultvalue") };
        var link = query.AddLink("environmentvariablevalue", "environmentvariabledefinitionid", "environmentvariabledefinitionid", JoinOperator.LeftOuter);
        link.EntityAlias = "v";
        link.Columns = new ColumnSet("value");
        var row = Assert.Single(service.RetrieveMultiple(query).Entities);

        Assert.Equal("https://default.example", row.GetAttributeValue<string>("defaultvalue"));
        Assert.Equal("https://override.example", row.GetAttributeValue<AliasedValue>("v.value")!.Value);
    }

    [Fact]
    public void EnvironmentVariable_TypeOutsideDocumentedChoices_Refused()
    {
        using var org = LocalOrganization.CreateInMemory(new LocalOrganizationOptions { EnforceSecurity = false });

        var fault = Assert.ThrowsAny<Exception>(() => org.SystemService.Create(new Entity("environmentvariabledefinition")
        {
            ["schemaname"] = "contoso_Bad",
            ["type"] = new OptionSetValue(5),
        }));

        Assert.Contains("type", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Step_WithImage_CreatedAndQueriedThroughItsStep()
    {
        using var org = LocalOrganization.CreateInMemory(new LocalOrganizationOptions { EnforceSecurity = false });
        var service = org.SystemService;
        var typeId = service.Create(new Entity("plugintype") { ["typename"] = "Contoso.Plugins.AccountPlugin", ["name"] = "Contoso.Plugins.AccountPlugin" });
        var messageId = service.Create(new Entity("sdkmessage") { ["name"] = "Update" });
        var stepId = service.Create(new Entity("sdkmessageprocessingstep")
        {
            ["name"] = "AccountPlugin: Update of account",
            ["stage"] = new OptionSetValue(40),
            ["mode"] = new OptionSetValue(0),
            ["rank"] = 1,
            ["filteringattributes"] = "name,telephone1",
            ["eventhandler"] = new EntityReference("plugintype", typeId),
            ["sdkmessageid"] = new EntityReference("sdkmessage", messageId),
        });
        service.Create(new Entity("sdkmessageprocessingstepimage")
        {
            ["name"] = "PreImage",
            ["entityalias"] = "PreImage",
            ["imagetype"] = new OptionSetValue(0),
            ["messagepropertyname"] = "Target",
            ["sdkmessageprocessingstepid"] = new EntityReference("sdkmessageprocessingstep", stepId),
        });

        var query = new QueryExpression("sdkmessageprocessingstepimage") { ColumnSet = new ColumnSet("entityalias", "imagetype") };
        query.Criteria.AddCondition("sdkmessageprocessingstepid", ConditionOperator.Equal, stepId);
        var image = Assert.Single(service.RetrieveMultiple(query).Entities);

        Assert.Equal("PreImage", image.GetAttributeValue<string>("entityalias"));
        Assert.Equal(0, image.GetAttributeValue<OptionSetValue>("imagetype")!.Value);
        Assert.Equal(40, service.Retrieve("sdkmessageprocessingstep", stepId, new ColumnSet("stage")).GetAttributeValue<OptionSetValue>("stage")!.Value);
    }

    [Fact]
    public void Step_StageOutsideDocumentedChoices_Refused()
    {
        using var org = LocalOrganization.CreateInMemory(new LocalOrganizationOptions { EnforceSecurity = false });

        Assert.ThrowsAny<Exception>(() => org.SystemService.Create(new Entity("sdkmessageprocessingstep") { ["name"] = "bad", ["stage"] = new OptionSetValue(41) }));
    }
}
