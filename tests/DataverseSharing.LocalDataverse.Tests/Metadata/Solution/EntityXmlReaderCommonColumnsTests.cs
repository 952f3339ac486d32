using System.Text;
using DataverseSharing.LocalDataverse.Metadata;
using DataverseSharing.LocalDataverse.Metadata.Solution;
using DataverseSharing.LocalDataverse.Metadata.Standard;

namespace DataverseSharing.LocalDataverse.Tests.Metadata.Solution;

/// <summary>
/// A third-party Entity.xml that lists only its primary columns still gets the columns Dataverse gives every table
/// of its kind (audit columns, and owner columns when user-owned).
/// </summary>
public sealed class EntityXmlReaderCommonColumnsTests
{
    private static string EntityXml(string ownership) => $"""
        <Entity>
          <Name LocalizedName="Widget" OriginalName="Widget">contoso_Widget</Name>
          <EntityInfo>
            <entity Name="contoso_Widget">
              <EntitySetName>contoso_widgets</EntitySetName>
              <OwnershipTypeMask>{ownership}</OwnershipTypeMask>
              <attributes>
                <attribute PhysicalName="contoso_WidgetId">
                  <Type>primarykey</Type>
                  <Name>contoso_widgetid</Name>
                  <LogicalName>contoso_widgetid</LogicalName>
                  <RequiredLevel>systemrequired</RequiredLevel>
                </attribute>
                <attribute PhysicalName="contoso_Name">
                  <Type>nvarchar</Type>
                  <Name>contoso_name</Name>
                  <LogicalName>contoso_name</LogicalName>
                  <RequiredLevel>required</RequiredLevel>
                  <DisplayMask>PrimaryName|ValidForAdvancedFind|ValidForForm|ValidForGrid|RequiredForForm</DisplayMask>
                  <MaxLength>100</MaxLength>
                </attribute>
              </attributes>
            </entity>
          </EntityInfo>
        </Entity>
        """;

    private static TableDefinition Read(string ownership)
    {
        var builder = StandardTables.AddTo(new MetadataCatalogBuilder());
        var xml = EntityXml(ownership);
        EntityXmlReader.Read(new SolutionFile("Entities/contoso_Widget/Entity.xml", () => new MemoryStream(Encoding.UTF8.GetBytes(xml))), builder);
        return builder.Build().GetTable("contoso_widget");
    }

    [Theory]
    [InlineData("createdon", ColumnType.DateTime)]
    [InlineData("createdby", ColumnType.Lookup)]
    [InlineData("createdonbehalfby", ColumnType.Lookup)]
    [InlineData("modifiedon", ColumnType.DateTime)]
    [InlineData("modifiedby", ColumnType.Lookup)]
    [InlineData("modifiedonbehalfby", ColumnType.Lookup)]
    [InlineData("overriddencreatedon", ColumnType.DateTime)]
    [InlineData("importsequencenumber", ColumnType.Integer)]
    [InlineData("versionnumber", ColumnType.BigInt)]
    [InlineData("ownerid", ColumnType.Owner)]
    [InlineData("owningbusinessunit", ColumnType.Lookup)]
    [InlineData("owninguser", ColumnType.Lookup)]
    [InlineData("owningteam", ColumnType.Lookup)]
    public void Read_UserOwnedWithPrimaryColumnsOnly_GetsCommonColumns(string column, ColumnType type)
    {
        var table = Read("UserOwned");

        Assert.Equal(type, table.FindColumn(column)?.Type);
    }

    [Fact]
    public void Read_CommonLookups_TargetUsersTeamsAndBusinessUnits()
    {
        var table = Read("UserOwned");

        Assert.Equal(["systemuser"], table.FindColumn("createdonbehalfby")!.Targets);
        Assert.Equal(["systemuser", "team"], table.FindColumn("ownerid")!.Targets);
        Assert.Equal(["businessunit"], table.FindColumn("owningbusinessunit")!.Targets);
    }

    [Fact]
    public void Read_OrganizationOwned_GetsAuditColumnsButNoOwner()
    {
        var table = Read("OrgOwned");

        Assert.NotNull(table.FindColumn("modifiedonbehalfby"));
        Assert.Null(table.FindColumn("ownerid"));
        Assert.Null(table.FindColumn("owningbusinessunit"));
    }

    [Fact]
    public void Read_UserOwnedTable_OwnerListedOnce()
    {
        var table = Read("UserOwned");

        Assert.Equal(OwnershipType.UserOwned, table.Ownership);
        Assert.Single(table.Columns, c => c.LogicalName == "ownerid");
        Assert.Equal("contoso_name", table.PrimaryNameAttribute);
    }
}
