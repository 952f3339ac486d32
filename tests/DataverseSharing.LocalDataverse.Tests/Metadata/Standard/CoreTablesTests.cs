using DataverseSharing.LocalDataverse.Metadata;
using DataverseSharing.Testing.Engine;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.LocalDataverse.Tests.Metadata.Standard;

/// <summary>
/// account, contact and opportunity generated from the reference (core-tables.json): the documented relationship
/// names of their common columns (not the names the engine gives tables whose files omit them), their cascades,
/// and the documented facts checked with the relationship names (email's Completed default, product ownership).
/// </summary>
public sealed class CoreTablesTests
{
    private static readonly MetadataCatalog Catalog = LocalMetadata.StandardOnly();

    [Theory]
    [InlineData("lk_accountbase_createdby", "systemuser", "account", "createdby")]
    [InlineData("lk_accountbase_modifiedonbehalfby", "systemuser", "account", "modifiedonbehalfby")]
    [InlineData("user_accounts", "systemuser", "account", "owninguser")]
    [InlineData("team_accounts", "team", "account", "owningteam")]
    [InlineData("business_unit_accounts", "businessunit", "account", "owningbusinessunit")]
    [InlineData("transactioncurrency_account", "transactioncurrency", "account", "transactioncurrencyid")]
    [InlineData("account_primary_contact", "contact", "account", "primarycontactid")]
    [InlineData("lk_contactbase_createdby", "systemuser", "contact", "createdby")]
    [InlineData("lk_contact_createdonbehalfby", "systemuser", "contact", "createdonbehalfby")]
    [InlineData("contact_owning_user", "systemuser", "contact", "owninguser")]
    [InlineData("contact_customer_contacts", "contact", "contact", "parentcustomerid")]
    [InlineData("lk_opportunitybase_createdby", "systemuser", "opportunity", "createdby")]
    [InlineData("lk_opportunity_modifiedonbehalfby", "systemuser", "opportunity", "modifiedonbehalfby")]
    [InlineData("opportunity_owning_user", "systemuser", "opportunity", "owninguser")]
    [InlineData("team_opportunities", "team", "opportunity", "owningteam")]
    [InlineData("business_unit_opportunities", "businessunit", "opportunity", "owningbusinessunit")]
    [InlineData("transactioncurrency_opportunity", "transactioncurrency", "opportunity", "transactioncurrencyid")]
    [InlineData("opportunity_customer_accounts", "account", "opportunity", "customerid")]
    [InlineData("opportunity_parent_contact", "contact", "opportunity", "parentcontactid")]
    public void Relationship_Documented_HasDocumentedName(string name, string referenced, string referencing, string attribute)
    {
        var relationship = Assert.IsType<OneToManyRelationshipDefinition>(Catalog.FindRelationship(name));

        Assert.Equal((referenced, referencing, attribute), (relationship.ReferencedEntity, relationship.ReferencingEntity, relationship.ReferencingAttribute));
    }

    [Theory]
    [InlineData("lk_account_createdby")]
    [InlineData("user_account")]
    [InlineData("business_unit_opportunity")]
    [InlineData("lk_opportunity_createdby")]
    public void Relationship_EngineMadeName_AbsentWhereDocumented(string name)
    {
        Assert.Null(Catalog.FindRelationship(name));
    }

    [Theory]
    [InlineData("business_unit_opportunities", CascadeType.Restrict)]
    [InlineData("business_unit_accounts", CascadeType.NoCascade)]
    [InlineData("account_parent_account", CascadeType.RemoveLink)]
    [InlineData("contact_customer_accounts", CascadeType.Cascade)]
    public void Relationship_Documented_DeleteCascades(string name, CascadeType delete)
    {
        var relationship = Assert.IsType<OneToManyRelationshipDefinition>(Catalog.FindRelationship(name));

        Assert.Equal(delete, relationship.Cascade.Delete);
    }

    [Theory]
    [InlineData("account", "revenue", 0, 100000000000000)]
    [InlineData("opportunity", "estimatedvalue", -1000000000000, 1000000000000)]
    [InlineData("opportunity", "budgetamount", 0, 1000000000000)]
    public void Money_DocumentedRange_Kept(string table, string column, long min, long max)
    {
        var definition = Catalog.GetTable(table).FindColumn(column)!;

        Assert.Equal(((decimal)min, (decimal)max), (definition.MinValue!.Value, definition.MaxValue!.Value));
    }

    [Fact]
    public void Account_RevenueBelowDocumentedMinimum_RefusedNamingColumn()
    {
        using var engine = new LocalEngine();

        var fault = LocalEngine.Fault(() => engine.Service.Create(new Entity("account") { ["name"] = "Contoso", ["revenue"] = new Money(-1m) }));

        Assert.Contains("revenue", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Email_SetStateCompletedWithDefaultStatus_GetsCompleted()
    {
        using var engine = new LocalEngine();
        var email = engine.Service.Create(new Entity("email") { ["subject"] = "Proposal" });

        engine.Service.Execute(new SetStateRequest { EntityMoniker = new EntityReference("email", email), State = new OptionSetValue(1), Status = new OptionSetValue(-1) });

        var row = engine.Service.Retrieve("email", email, new ColumnSet("statecode", "statuscode"));
        Assert.Equal(((int?)1, (int?)2), (row.GetAttributeValue<OptionSetValue>("statecode")?.Value, row.GetAttributeValue<OptionSetValue>("statuscode")?.Value));
    }

    [Fact]
    public void Product_OrganizationOwned_HasNoOwner()
    {
        using var engine = new LocalEngine();
        var product = engine.Service.Create(new Entity("product") { ["name"] = "Widget", ["productnumber"] = "W-1" });

        var row = engine.Service.Retrieve("product", product, new ColumnSet(true));

        Assert.Equal(OwnershipType.OrganizationOwned, Catalog.GetTable("product").Ownership);
        Assert.Null(Catalog.GetTable("product").FindColumn("ownerid"));
        Assert.False(row.Contains("ownerid"));
    }
}
