using DataverseSharing.LocalDataverse.Metadata;

namespace DataverseSharing.LocalDataverse.Tests.Metadata;

public class MetadataCatalogBuilderTests
{
    private static TableDefinition Table(string name, params ColumnDefinition[] extra) =>
        new(name, name + "id", [new ColumnDefinition { LogicalName = name + "id", Type = ColumnType.Uniqueidentifier, IsPrimaryId = true }, .. extra]);

    [Fact]
    public void Build_RelationshipToUnknownTable_IsRefused()
    {
        var builder = new MetadataCatalogBuilder()
            .AddTable(Table("a", new ColumnDefinition { LogicalName = "bid", Type = ColumnType.Lookup }))
            .AddRelationship(new OneToManyRelationshipDefinition("b_a", "b", string.Empty, "a", "bid"));

        var error = Assert.Throws<MetadataException>(() => builder.Build());

        Assert.Contains("refers to the table 'b'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_RelationshipOnNonLookup_IsRefused()
    {
        var builder = new MetadataCatalogBuilder()
            .AddTable(Table("a", new ColumnDefinition { LogicalName = "bid", Type = ColumnType.String, MaxLength = 10 }))
            .AddTable(Table("b"))
            .AddRelationship(new OneToManyRelationshipDefinition("b_a", "b", string.Empty, "a", "bid"));

        var error = Assert.Throws<MetadataException>(() => builder.Build());

        Assert.Contains("'a.bid', which is not a lookup column", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_TwoRelationshipsOnOneLookup_CollectsBothTargets()
    {
        var catalog = new MetadataCatalogBuilder()
            .AddTable(Table("a", new ColumnDefinition { LogicalName = "partyid", Type = ColumnType.Customer }))
            .AddTable(Table("b"))
            .AddTable(Table("c"))
            .AddRelationship(new OneToManyRelationshipDefinition("b_a", "b", string.Empty, "a", "partyid"))
            .AddRelationship(new OneToManyRelationshipDefinition("c_a", "c", string.Empty, "a", "partyid"))
            .Build();

        Assert.Equal(["b", "c"], catalog.GetTable("a").FindColumn("partyid")!.Targets);
        Assert.Equal("bid", ((OneToManyRelationshipDefinition)catalog.FindRelationship("B_A")!).ReferencedAttribute);
        Assert.Single(catalog.RelationshipsReferencing("b"));
        Assert.Equal(2, catalog.RelationshipsReferencedBy("a").Count());
    }

    [Fact]
    public void Build_DuplicateRelationshipName_IsRefused()
    {
        var builder = new MetadataCatalogBuilder()
            .AddTable(Table("a"))
            .AddTable(Table("b"))
            .AddRelationship(new ManyToManyRelationshipDefinition("a_b", "a", "aid", "b", "bid", "a_b"))
            .AddRelationship(new ManyToManyRelationshipDefinition("A_B", "a", "aid", "b", "bid", "a_b2"));

        Assert.Throws<MetadataException>(() => builder.Build());
    }

    [Fact]
    public void Build_KeyOnMissingColumn_IsRefused()
    {
        var table = new TableDefinition(
            "a",
            "aid",
            [new ColumnDefinition { LogicalName = "aid", Type = ColumnType.Uniqueidentifier }],
            [new AlternateKeyDefinition("a_code", "a_Code", ["code"])]);

        var error = Assert.Throws<MetadataException>(() => new MetadataCatalogBuilder().AddTable(table).Build());

        Assert.Contains("uses the column 'code'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_TableWithoutPrimaryKeyColumn_IsRefused()
    {
        var table = new TableDefinition("a", "aid", [new ColumnDefinition { LogicalName = "name", Type = ColumnType.String, MaxLength = 5 }]);

        Assert.Throws<MetadataException>(() => new MetadataCatalogBuilder().AddTable(table).Build());
    }

    [Fact]
    public void AddTable_Twice_IsRefused()
    {
        var builder = new MetadataCatalogBuilder().AddTable(Table("a"));

        Assert.Throws<MetadataException>(() => builder.AddTable(Table("a")));
    }

    [Fact]
    public void TableDefinition_DuplicateColumn_IsRefused()
    {
        Assert.Throws<MetadataException>(() => Table("a", new ColumnDefinition { LogicalName = "aid", Type = ColumnType.String, MaxLength = 1 }));
    }

    [Fact]
    public void ExtendTable_ExistingColumn_IsRefused()
    {
        var builder = new MetadataCatalogBuilder()
            .AddTable(Table("a"))
            .ExtendTable("a", new ColumnDefinition { LogicalName = "aid", Type = ColumnType.Uniqueidentifier });

        Assert.Throws<MetadataException>(() => builder.Build());
    }

    [Fact]
    public void OptionSetDefinition_DuplicateValue_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => new OptionSetDefinition("x", OptionSetKind.Picklist, false, [new(1, "A"), new(1, "B")]));
    }

    [Fact]
    public void GetTable_Unknown_ThrowsNamingTheTable()
    {
        var error = Assert.Throws<KeyNotFoundException>(() => LocalMetadata.Default.GetTable("nosuchtable"));

        Assert.Contains("nosuchtable", error.Message, StringComparison.Ordinal);
    }
}
