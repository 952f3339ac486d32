using DataverseSharing.LocalDataverse.Metadata;

namespace DataverseSharing.LocalDataverse.Tests.Metadata.Standard;

/// <summary>The built-in definitions of the standard tables the package touches.</summary>
public class StandardTablesTests
{
    private static readonly MetadataCatalog Catalog = LocalMetadata.StandardOnly();

    [Theory]
    [InlineData("account", "accountid", "name")]
    [InlineData("contact", "contactid", "fullname")]
    [InlineData("opportunity", "opportunityid", "name")]
    [InlineData("opportunityclose", "activityid", "subject")]
    [InlineData("systemuser", "systemuserid", "fullname")]
    [InlineData("team", "teamid", "name")]
    [InlineData("businessunit", "businessunitid", "name")]
    [InlineData("role", "roleid", "name")]
    [InlineData("asyncoperation", "asyncoperationid", "name")]
    public void Table_Standard_HasRealKeyAndPrimaryName(string table, string primaryId, string primaryName)
    {
        var definition = Catalog.GetTable(table);

        Assert.Equal(primaryId, definition.PrimaryIdAttribute);
        Assert.Equal(primaryName, definition.PrimaryNameAttribute);
        Assert.True(definition.FindColumn(primaryId)!.IsPrimaryId);
        Assert.NotNull(definition.FindColumn("createdon"));
        Assert.NotNull(definition.FindColumn("modifiedby"));
        Assert.Equal(ColumnType.BigInt, definition.FindColumn("versionnumber")!.Type);
    }

    [Theory]
    [InlineData("account", true)]
    [InlineData("opportunity", true)]
    [InlineData("asyncoperation", true)]
    [InlineData("systemuser", false)]
    [InlineData("team", false)]
    public void Table_Ownership_DecidesOwnerColumns(string table, bool hasOwner)
    {
        var definition = Catalog.GetTable(table);

        Assert.Equal(hasOwner, definition.FindColumn("ownerid") is not null);
        Assert.Equal(hasOwner, definition.FindColumn("owningbusinessunit") is not null);
    }

    [Fact]
    public void Opportunity_States_AreOpenWonLostWithDefaultStatuses()
    {
        var state = Catalog.GetTable("opportunity").FindColumn("statecode")!.OptionSet!;

        Assert.Equal(["0:Open:1", "1:Won:3", "2:Lost:4"], state.Options.Select(o => $"{o.Value}:{o.InvariantName}:{o.DefaultStatus}"));
    }

    [Fact]
    public void Opportunity_Statuses_BelongToStates()
    {
        var status = Catalog.GetTable("opportunity").FindColumn("statuscode")!.OptionSet!;

        Assert.Equal(0, status.Find(2)!.State);
        Assert.Equal(1, status.Find(3)!.State);
        Assert.Equal(2, status.Find(5)!.State);
        Assert.Equal("Out-Sold", status.Find(5)!.Label);
    }

    [Theory]
    [InlineData("estimatedvalue", ColumnType.Money)]
    [InlineData("actualvalue", ColumnType.Money)]
    [InlineData("salesstage", ColumnType.Picklist)]
    [InlineData("stepname", ColumnType.String)]
    [InlineData("parentaccountid", ColumnType.Lookup)]
    [InlineData("customerid", ColumnType.Customer)]
    [InlineData("closeprobability", ColumnType.Integer)]
    [InlineData("description", ColumnType.Memo)]
    [InlineData("actualclosedate", ColumnType.DateTime)]
    [InlineData("estimatedclosedate", ColumnType.DateTime)]
    public void Opportunity_Columns_HaveRealTypes(string column, ColumnType type)
    {
        Assert.Equal(type, Catalog.GetTable("opportunity").FindColumn(column)!.Type);
    }

    [Fact]
    public void Opportunity_Customer_IsPolymorphicOverAccountAndContact()
    {
        var customer = Catalog.GetTable("opportunity").FindColumn("customerid")!;

        Assert.Equal(["account", "contact"], customer.Targets);
        Assert.True(customer.IsPolymorphic);
        Assert.False(Catalog.GetTable("opportunity").FindColumn("parentaccountid")!.IsPolymorphic);
    }

    [Fact]
    public void Opportunity_CloseProbability_IsAPercentage()
    {
        var column = Catalog.GetTable("opportunity").FindColumn("closeprobability")!;

        Assert.Equal((0m, 100m), (column.MinValue!.Value, column.MaxValue!.Value));
    }

    [Fact]
    public void Opportunity_CustomerRelationship_IsParental()
    {
        var relationship = Assert.IsType<OneToManyRelationshipDefinition>(Catalog.FindRelationship("opportunity_customer_accounts"));

        Assert.Equal("accountid", relationship.ReferencedAttribute);
        Assert.Equal(CascadeType.Cascade, relationship.Cascade.Delete);
    }

    [Theory]
    [InlineData("systemuserroles_association", "systemuserroles", "systemuserid", "roleid")]
    [InlineData("teamroles_association", "teamroles", "teamid", "roleid")]
    [InlineData("teammembership_association", "teammembership", "teamid", "systemuserid")]
    public void ManyToMany_Security_HasRealIntersectTables(string relationship, string intersect, string first, string second)
    {
        var definition = Assert.IsType<ManyToManyRelationshipDefinition>(Catalog.FindRelationship(relationship));
        var table = Catalog.GetTable(intersect);

        Assert.Equal(intersect, definition.IntersectEntityName);
        Assert.True(table.IsIntersect);
        Assert.NotNull(table.FindColumn(first));
        Assert.NotNull(table.FindColumn(second));
    }

    [Fact]
    public void AsyncOperation_States_AreReadySuspendedLockedCompleted()
    {
        var table = Catalog.GetTable("asyncoperation");

        Assert.Equal(["Ready", "Suspended", "Locked", "Completed"], table.FindColumn("statecode")!.OptionSet!.Options.Select(o => o.InvariantName));
        Assert.Equal(3, table.FindColumn("statuscode")!.OptionSet!.Find(31)!.State);
    }

    [Fact]
    public void SystemUser_BusinessUnit_IsRequiredLookup()
    {
        var column = Catalog.GetTable("systemuser").FindColumn("businessunitid")!;

        Assert.Equal(RequiredLevel.SystemRequired, column.RequiredLevel);
        Assert.Equal(["businessunit"], column.Targets);
    }

    [Fact]
    public void Contact_FullName_IsReadOnly()
    {
        var fullName = Catalog.GetTable("contact").FindColumn("fullname")!;

        Assert.False(fullName.ValidForCreate);
        Assert.False(fullName.ValidForUpdate);
    }
}
