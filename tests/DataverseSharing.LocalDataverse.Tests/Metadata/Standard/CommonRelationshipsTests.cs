using DataverseSharing.LocalDataverse.Metadata;
using DataverseSharing.Testing.Engine;
using DataverseSharing.Testing.Solutions;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.LocalDataverse.Tests.Metadata.Standard;

/// <summary>
/// The relationships of the columns every table has (createdby, owninguser, transactioncurrencyid...): documented
/// names for the generated tables, Dataverse's naming for tables whose files omit them, and queries through them.
/// </summary>
public sealed class CommonRelationshipsTests
{
    private static readonly MetadataCatalog Catalog = LocalMetadata.StandardOnly();

    [Theory]
    [InlineData("lk_task_createdby", "systemuser", "task", "createdby")]
    [InlineData("lk_email_modifiedonbehalfby", "systemuser", "email", "modifiedonbehalfby")]
    [InlineData("business_unit_task_activities", "businessunit", "task", "owningbusinessunit")]
    [InlineData("team_email", "team", "email", "owningteam")]
    [InlineData("user_task", "systemuser", "task", "owninguser")]
    [InlineData("TransactionCurrency_Task", "transactioncurrency", "task", "transactioncurrencyid")]
    [InlineData("lk_transactioncurrencybase_createdby", "systemuser", "transactioncurrency", "createdby")]
    [InlineData("lk_phonecall_createdby", "systemuser", "phonecall", "createdby")]
    [InlineData("user_queue", "systemuser", "queue", "owninguser")]
    [InlineData("lk_sdkmessageprocessingstep_createdby", "systemuser", "sdkmessageprocessingstep", "createdby")]
    public void Relationship_CommonColumn_Defined(string name, string referenced, string referencing, string attribute)
    {
        var relationship = Assert.IsType<OneToManyRelationshipDefinition>(Catalog.FindRelationship(name));

        Assert.Equal((referenced, referencing, attribute), (relationship.ReferencedEntity, relationship.ReferencingEntity, relationship.ReferencingAttribute));
    }

    [Fact]
    public void Relationships_EveryCommonLookup_HasExactlyOne()
    {
        string[] common = ["createdby", "createdonbehalfby", "modifiedby", "modifiedonbehalfby", "owninguser", "owningteam", "owningbusinessunit", "transactioncurrencyid"];
        var missing = from table in Catalog.Tables.Where(t => !t.IsIntersect)
                      from column in common
                      where table.FindColumn(column) is { IsReference: true }
                      let count = Catalog.RelationshipsReferencedBy(table.LogicalName).Count(r => r.ReferencingAttribute == column)
                      where count != 1
                      select $"{table.LogicalName}.{column}: {count}";

        Assert.Empty(missing);
    }

    [Fact]
    public void FetchXml_TaskLinkedToCreator_ReturnsCreatorsName()
    {
        using var engine = new LocalEngine();
        var unit = engine.Service.Create(new Entity("businessunit") { ["name"] = "Sales" });
        engine.Service.Create(new Entity("systemuser", engine.UserId)
        {
            ["lastname"] = "Rivera",
            ["domainname"] = "rivera@contoso.test",
            ["businessunitid"] = new EntityReference("businessunit", unit),
        });
        engine.Service.Create(new Entity("task") { ["subject"] = "Call back" });

        var row = Assert.Single(engine.Service.RetrieveMultiple(new FetchExpression(
            "<fetch><entity name='task'><attribute name='subject' />" +
            "<link-entity name='systemuser' from='systemuserid' to='createdby' alias='creator'><attribute name='lastname' /></link-entity>" +
            "</entity></fetch>")).Entities);

        Assert.Equal("Rivera", row.GetAttributeValue<AliasedValue>("creator.lastname")?.Value);
    }

    [Fact]
    public void SolutionTable_RelationshipFilesOmitAuditColumns_GetsThemNamedAsDataverseDoes()
    {
        using var solution = new UnpackedSolutionBuilder().Table("widget");
        using var organization = LocalOrganization.CreateInMemory(new LocalOrganizationOptions { SolutionFolders = [solution.Root] });
        var catalog = organization.Database.Catalog;

        var created = Assert.IsType<OneToManyRelationshipDefinition>(catalog.FindRelationship("lk_fab_widget_createdby"));
        Assert.Equal(("systemuser", "createdby"), (created.ReferencedEntity, created.ReferencingAttribute));
        Assert.NotNull(catalog.FindRelationship("lk_fab_widget_modifiedonbehalfby"));
    }

    [Fact]
    public void PackageSolution_DocumentedRelationships_NotDuplicated()
    {
        var catalog = LocalMetadata.Default;

        Assert.NotNull(catalog.FindRelationship("lk_dvs_bestpractice_createdby"));
        Assert.Single(catalog.RelationshipsReferencedBy("dvs_bestpractice"), r => r.ReferencingAttribute == "createdby");
    }
}
