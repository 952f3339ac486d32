using DataverseSharing.LocalDataverse.Metadata;

namespace DataverseSharing.LocalDataverse.Tests.Metadata;

/// <summary>The package's tables as the catalog reads them from Solution/src.</summary>
public class PackageTablesTests
{
    private static readonly MetadataCatalog Catalog = LocalMetadata.Default;

    private static ColumnDefinition Column(string table, string column) =>
        Catalog.GetTable(table).FindColumn(column) ?? throw new Xunit.Sdk.XunitException($"{table}.{column} is missing");

    [Fact]
    public void BestPractice_Table_HasNamesKeysAndOwnership()
    {
        var table = Catalog.GetTable("dvs_bestpractice");

        Assert.Equal("dvs_BestPractice", table.SchemaName);
        Assert.Equal("Best Practice", table.DisplayName);
        Assert.Equal("dvs_bestpracticeid", table.PrimaryIdAttribute);
        Assert.Equal("dvs_name", table.PrimaryNameAttribute);
        Assert.Equal("dvs_bestpractices", table.EntitySetName);
        Assert.Equal(OwnershipType.UserOwned, table.Ownership);
        Assert.True(table.IsCustom);
        var key = Assert.Single(table.Keys);
        Assert.Equal(["dvs_practicekey"], key.Columns);
    }

    [Theory]
    [InlineData("dvs_name", ColumnType.String, 200)]
    [InlineData("dvs_practicekey", ColumnType.String, 100)]
    [InlineData("dvs_summary", ColumnType.Memo, 2000)]
    [InlineData("dvs_body", ColumnType.Memo, 100000)]
    [InlineData("dvs_industries", ColumnType.String, 1000)]
    [InlineData("dvs_keywords", ColumnType.String, 2000)]
    public void BestPractice_TextColumns_HaveTypeAndMaxLength(string column, ColumnType type, int maxLength)
    {
        var definition = Column("dvs_bestpractice", column);

        Assert.Equal(type, definition.Type);
        Assert.Equal(maxLength, definition.MaxLength);
    }

    [Theory]
    [InlineData("dvs_version", ColumnType.Integer)]
    [InlineData("dvs_appliedwon", ColumnType.Integer)]
    [InlineData("dvs_baselinelost", ColumnType.Integer)]
    [InlineData("dvs_effectivenessscore", ColumnType.Decimal)]
    [InlineData("dvs_flaggedforreview", ColumnType.Boolean)]
    [InlineData("dvs_reviewon", ColumnType.DateTime)]
    [InlineData("dvs_topic", ColumnType.Picklist)]
    [InlineData("dvs_salesstages", ColumnType.MultiSelectPicklist)]
    [InlineData("ownerid", ColumnType.Owner)]
    [InlineData("statecode", ColumnType.State)]
    [InlineData("statuscode", ColumnType.Status)]
    [InlineData("versionnumber", ColumnType.BigInt)]
    [InlineData("dvs_bestpracticeid", ColumnType.Uniqueidentifier)]
    public void BestPractice_Columns_HaveTheirTypes(string column, ColumnType type)
    {
        Assert.Equal(type, Column("dvs_bestpractice", column).Type);
    }

    [Fact]
    public void BestPractice_Topic_UsesTheGlobalChoiceWithFixedValues()
    {
        var topic = Column("dvs_bestpractice", "dvs_topic");

        Assert.Equal(RequiredLevel.ApplicationRequired, topic.RequiredLevel);
        Assert.Same(Catalog.FindGlobalOptionSet("dvs_practicetopic"), topic.OptionSet);
        Assert.Equal(11, topic.OptionSet!.Options.Count);
        Assert.Equal("Prospecting in a new industry", topic.OptionSet.Find(617420000)!.Label);
        Assert.Equal("Negotiation", topic.OptionSet.Find(617420007)!.Label);
        Assert.Equal("Handoff to service", topic.OptionSet.Find(617420010)!.Label);
    }

    [Fact]
    public void BestPractice_StatusReasons_BelongToTheirStates()
    {
        var status = Column("dvs_bestpractice", "statuscode").OptionSet!;
        var state = Column("dvs_bestpractice", "statecode").OptionSet!;

        Assert.Equal(
            ["1:Draft:0", "617420000:Submitted:0", "617420001:Approved:0", "617420002:Rejected:0", "2:Retired:1"],
            status.Options.Select(o => $"{o.Value}:{o.Label}:{o.State}"));
        Assert.Equal(["Active:1", "Inactive:2"], state.Options.Select(o => $"{o.InvariantName}:{o.DefaultStatus}"));
    }

    [Fact]
    public void BestPractice_Lookups_TargetTheirTables()
    {
        Assert.Equal(["opportunity"], Column("dvs_bestpractice", "dvs_sourceopportunityid").Targets);
        Assert.Equal(["systemuser"], Column("dvs_bestpractice", "dvs_approverid").Targets);
        Assert.Equal(["systemuser"], Column("dvs_bestpractice", "createdby").Targets);
        Assert.Equal(["businessunit"], Column("dvs_bestpractice", "owningbusinessunit").Targets);
        Assert.Equal(["systemuser", "team"], Column("dvs_bestpractice", "ownerid").Targets);
    }

    [Fact]
    public void BestPractice_ReviewAndExpiry_AreDateOnly()
    {
        var review = Column("dvs_bestpractice", "dvs_reviewon");

        Assert.Equal(DateTimeBehavior.DateOnly, review.DateTimeBehavior);
        Assert.True(review.IsDateOnlyFormat);
        Assert.Equal(DateTimeBehavior.UserLocal, Column("dvs_bestpractice", "createdon").DateTimeBehavior);
    }

    [Fact]
    public void BestPractice_EffectivenessScore_HasRangeAndPrecision()
    {
        var score = Column("dvs_bestpractice", "dvs_effectivenessscore");

        Assert.Equal(-100m, score.MinValue);
        Assert.Equal(100m, score.MaxValue);
        Assert.Equal(4, score.Precision);
    }

    [Fact]
    public void BestPractice_SystemColumns_AreNotWritable()
    {
        var createdOn = Column("dvs_bestpractice", "createdon");

        Assert.False(createdOn.ValidForCreate);
        Assert.False(createdOn.ValidForUpdate);
        Assert.False(Column("dvs_bestpractice", "dvs_bestpracticeid").ValidForUpdate);
        Assert.True(Column("dvs_bestpractice", "dvs_bestpracticeid").ValidForCreate);
    }

    [Fact]
    public void PracticeSuggestion_Table_HasParentalOpportunityAndCompositeKey()
    {
        var table = Catalog.GetTable("dvs_practicesuggestion");
        var parent = Assert.IsType<OneToManyRelationshipDefinition>(Catalog.FindRelationship("dvs_opportunity_practicesuggestion"));

        Assert.Equal(["dvs_opportunityid", "dvs_bestpracticeid"], Assert.Single(table.Keys).Columns);
        Assert.Equal("opportunity", parent.ReferencedEntity);
        Assert.Equal("opportunityid", parent.ReferencedAttribute);
        Assert.Equal("dvs_opportunityid", parent.ReferencingAttribute);
        Assert.Equal(CascadeType.Cascade, parent.Cascade.Delete);
        Assert.Equal(CascadeType.Cascade, parent.Cascade.Assign);
        Assert.Equal(RequiredLevel.ApplicationRequired, table.FindColumn("dvs_opportunityid")!.RequiredLevel);
    }

    [Fact]
    public void PracticeSuggestion_Statuses_DismissedIsInactive()
    {
        var status = Column("dvs_practicesuggestion", "statuscode").OptionSet!;

        Assert.Equal(0, status.Find(1)!.State);
        Assert.Equal("Applied", status.Find(617420000)!.Label);
        Assert.Equal(1, status.Find(2)!.State);
        Assert.Equal("Dismissed", status.Find(2)!.Label);
    }

    [Fact]
    public void PracticeSuggestion_Rating_IsOneToFive()
    {
        var rating = Column("dvs_practicesuggestion", "dvs_rating");

        Assert.Equal((1m, 5m), (rating.MinValue!.Value, rating.MaxValue!.Value));
    }

    [Fact]
    public void Contributors_ManyToMany_HasAnIntersectTable()
    {
        var relationship = Assert.IsType<ManyToManyRelationshipDefinition>(Catalog.FindRelationship("dvs_bestpractice_contributor"));
        var intersect = Catalog.GetTable("dvs_bestpractice_contributor");

        Assert.Equal(("dvs_bestpractice", "dvs_bestpracticeid"), (relationship.Entity1LogicalName, relationship.Entity1IntersectAttribute));
        Assert.Equal(("systemuser", "systemuserid"), (relationship.Entity2LogicalName, relationship.Entity2IntersectAttribute));
        Assert.True(intersect.IsIntersect);
        Assert.Equal(["dvs_bestpractice"], intersect.FindColumn("dvs_bestpracticeid")!.Targets);
    }

    [Theory]
    [InlineData("dvs_ispracticesource", ColumnType.Boolean)]
    [InlineData("dvs_practicesourcenote", ColumnType.Memo)]
    [InlineData("dvs_competitors", ColumnType.String)]
    [InlineData("dvs_buyerroles", ColumnType.String)]
    [InlineData("dvs_decisionunitsize", ColumnType.Integer)]
    [InlineData("dvs_productfamilies", ColumnType.String)]
    [InlineData("dvs_region", ColumnType.String)]
    public void Opportunity_PackageColumns_AreAddedToTheStandardTable(string column, ColumnType type)
    {
        var table = Catalog.GetTable("opportunity");

        Assert.Equal(type, table.FindColumn(column)!.Type);
        Assert.NotNull(table.FindColumn("estimatedvalue"));
        Assert.False(table.IsCustom);
    }

    [Fact]
    public void BestPractice_CompetitorOutcomes_IsAMultilineTextColumn()
    {
        var column = Catalog.GetTable("dvs_bestpractice").FindColumn("dvs_competitoroutcomes")!;

        Assert.Equal(ColumnType.Memo, column.Type);
        Assert.Equal(10_000, column.MaxLength);
    }

    [Fact]
    public void Account_Region_IsAddedAndIndustryStaysStandard()
    {
        var account = Catalog.GetTable("account");

        Assert.Equal(100, account.FindColumn("dvs_region")!.MaxLength);
        Assert.Equal("Consulting", account.FindColumn("industrycode")!.OptionSet!.Find(7)!.Label);
        Assert.Null(account.FindColumn("dvs_industrylabel"));
    }
}
