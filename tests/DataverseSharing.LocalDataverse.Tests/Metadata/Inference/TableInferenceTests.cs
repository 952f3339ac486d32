using System.ServiceModel;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.LocalDataverse.Tests.Metadata.Inference;

/// <summary>The lenient mode (LocalOrganizationOptions.InferUnknownTables): tables and columns inferred from writes.</summary>
public sealed class TableInferenceTests
{
    private static readonly DateTime When = new(2026, 3, 4, 5, 6, 7, DateTimeKind.Utc);

    [Fact]
    public void Create_UnknownTableWithInference_EveryValueTypeRoundTrips()
    {
        using var org = Lenient();
        var account = org.SystemService.Create(new Entity("account") { ["name"] = "Contoso" });
        var reference = Guid.NewGuid();

        var id = org.SystemService.Create(new Entity("new_gadget")
        {
            ["new_name"] = "Gizmo",
            ["new_count"] = 3,
            ["new_big"] = 5_000_000_000L,
            ["new_ratio"] = 1.25m,
            ["new_weight"] = 2.5d,
            ["new_active"] = true,
            ["new_madeon"] = When,
            ["new_serial"] = reference,
            ["new_accountid"] = new EntityReference("account", account),
            ["new_colour"] = new OptionSetValue(7),
            ["new_price"] = new Money(9.99m),
        });

        var row = org.SystemService.Retrieve("new_gadget", id, new ColumnSet(true));
        Assert.Equal("Gizmo", row["new_name"]);
        Assert.Equal(3, row["new_count"]);
        Assert.Equal(5_000_000_000L, row["new_big"]);
        Assert.Equal(1.25m, row["new_ratio"]);
        Assert.Equal(2.5d, row["new_weight"]);
        Assert.Equal(true, row["new_active"]);
        Assert.Equal(When, row.GetAttributeValue<DateTime>("new_madeon"));
        Assert.Equal(reference, row["new_serial"]);
        Assert.Equal(account, row.GetAttributeValue<EntityReference>("new_accountid")!.Id);
        Assert.Equal(7, row.GetAttributeValue<OptionSetValue>("new_colour")!.Value);
        Assert.Equal(9.99m, row.GetAttributeValue<Money>("new_price")!.Value);
        Assert.Equal(LocalDataverse.Service.LocalOrganizationService.SystemUserId, row.GetAttributeValue<EntityReference>("ownerid")!.Id);
        Assert.NotNull(row.RowVersion);
    }

    [Fact]
    public void Update_NewColumnOnInferredTable_ColumnAddedAndOldValuesKept()
    {
        using var org = Lenient();
        var id = org.SystemService.Create(new Entity("new_gadget") { ["new_name"] = "Gizmo" });

        org.SystemService.Update(new Entity("new_gadget", id) { ["new_count"] = 4, ["new_colour"] = new OptionSetValue(2) });
        org.SystemService.Update(new Entity("new_gadget", id) { ["new_colour"] = new OptionSetValue(3) });

        var row = org.SystemService.Retrieve("new_gadget", id, new ColumnSet("new_name", "new_count", "new_colour"));
        Assert.Equal(("Gizmo", 4, 3), (row["new_name"], row["new_count"], row.GetAttributeValue<OptionSetValue>("new_colour")!.Value));
        Assert.Contains("new_count", org.Database.Catalog.GetTable("new_gadget").Columns.Select(c => c.LogicalName));
    }

    [Fact]
    public void Update_ValueOfAnotherTypeThanInferred_FaultNamesColumnAndTypes()
    {
        using var org = Lenient();
        var id = org.SystemService.Create(new Entity("new_gadget") { ["new_count"] = 3 });

        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() => org.SystemService.Update(new Entity("new_gadget", id) { ["new_count"] = "three" }));

        Assert.Equal("InferUnknownTables: 'new_gadget.new_count' was inferred as Integer from its first write; this write gives it a String.", fault.Detail.Message);
        Assert.Equal(3, org.SystemService.Retrieve("new_gadget", id, new ColumnSet("new_count"))["new_count"]);
    }

    [Fact]
    public void Create_FirstValueNullOrOfNoColumnType_FaultAndNoTableDefined()
    {
        using var org = Lenient();

        var nullFault = Assert.Throws<FaultException<OrganizationServiceFault>>(() => org.SystemService.Create(new Entity("new_gadget") { ["new_name"] = null }));
        var typeFault = Assert.Throws<FaultException<OrganizationServiceFault>>(() => org.SystemService.Create(new Entity("new_gadget") { ["new_when"] = TimeSpan.FromHours(1) }));

        Assert.Contains("'new_gadget.new_name' is written first with null", nullFault.Detail.Message, StringComparison.Ordinal);
        Assert.Contains("'new_gadget.new_when' is written first with a TimeSpan", typeFault.Detail.Message, StringComparison.Ordinal);
        Assert.False(org.Database.Catalog.TryGetTable("new_gadget", out _));
    }

    [Fact]
    public void Create_HostileTableName_RefusedBeforeAnySql()
    {
        using var org = Lenient();

        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() => org.SystemService.Create(new Entity("x\"; DROP TABLE account; --") { ["name"] = "x" }));

        Assert.Contains("is not a valid table logical name", fault.Detail.Message, StringComparison.Ordinal);
        Assert.True(org.Database.Catalog.TryGetTable("account", out _));
    }

    [Fact]
    public void Create_KnownTableUnknownColumn_StillTheUsualFault()
    {
        using var org = Lenient();

        Assert.Throws<FaultException<OrganizationServiceFault>>(() => org.SystemService.Create(new Entity("account") { ["name"] = "Contoso", ["new_unknown"] = 1 }));

        Assert.Null(org.Database.Catalog.GetTable("account").FindColumn("new_unknown"));
    }

    [Fact]
    public void Create_UnknownTableWithoutInference_TableDoesNotExistFault()
    {
        using var org = LocalOrganization.CreateInMemory(new LocalOrganizationOptions { EnforceSecurity = false });

        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() => org.SystemService.Create(new Entity("new_gadget") { ["new_name"] = "Gizmo" }));

        Assert.Contains("'new_gadget'", fault.Detail.Message, StringComparison.Ordinal);
        Assert.Contains("was not found in the MetadataCache", fault.Detail.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RetrieveMultipleAndFetchXml_InferredTable_FilterAndOrderOnInferredColumns()
    {
        using var org = Lenient();
        org.SystemService.Execute(new CreateMultipleRequest
        {
            Targets = new EntityCollection([
                new Entity("new_gadget") { ["new_name"] = "A", ["new_count"] = 1 },
                new Entity("new_gadget") { ["new_name"] = "B", ["new_count"] = 5 },
                new Entity("new_gadget") { ["new_name"] = "C", ["new_count"] = 9 },
            ]) { EntityName = "new_gadget" },
        });

        var query = new QueryExpression("new_gadget") { ColumnSet = new ColumnSet("new_name") };
        query.Criteria.AddCondition("new_count", ConditionOperator.GreaterThan, 2);
        query.AddOrder("new_count", OrderType.Descending);
        var byQuery = org.SystemService.RetrieveMultiple(query).Entities.Select(e => e["new_name"]);
        var byFetch = org.SystemService.RetrieveMultiple(new FetchExpression("""
            <fetch><entity name="new_gadget"><attribute name="new_name" /><filter><condition attribute="new_count" operator="lt" value="6" /></filter><order attribute="new_name" /></entity></fetch>
            """)).Entities.Select(e => e["new_name"]);

        Assert.Equal(["C", "B"], byQuery);
        Assert.Equal(["A", "B"], byFetch);
    }

    [Fact]
    public void Create_InferredTableAsUserUnderSecurity_NotInferredAndRefused()
    {
        using var org = LocalOrganization.CreateInMemory(new LocalOrganizationOptions { InferUnknownTables = true });

        Assert.Throws<FaultException<OrganizationServiceFault>>(() => org.ServiceAs(Guid.NewGuid()).Create(new Entity("new_gadget") { ["new_name"] = "Gizmo" }));

        Assert.False(org.Database.Catalog.TryGetTable("new_gadget", out _));
    }

    [Fact]
    public void Create_UnknownTableInsideATransaction_RefusedAndNothingDefined()
    {
        using var org = Lenient();

        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() =>
            org.Database.InTransaction(() => org.SystemService.Create(new Entity("new_gadget") { ["new_name"] = "Gizmo" })));

        Assert.Contains("inside a running transaction", fault.Detail.Message, StringComparison.Ordinal);
        Assert.False(org.Database.Catalog.TryGetTable("new_gadget", out _));
    }

    [Fact]
    public void Open_FileWithInference_RefusedBeforeTheFileIsCreated()
    {
        using var folder = new TemporaryFolder();
        var path = folder.File("org.db");

        var error = Assert.Throws<ArgumentException>(() => LocalOrganization.Open(path, new LocalOrganizationOptions { InferUnknownTables = true }));

        Assert.Contains("InferUnknownTables works in memory only", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(path));
    }

    private static LocalOrganization Lenient() =>
        LocalOrganization.CreateInMemory(new LocalOrganizationOptions { InferUnknownTables = true, EnforceSecurity = false });
}
