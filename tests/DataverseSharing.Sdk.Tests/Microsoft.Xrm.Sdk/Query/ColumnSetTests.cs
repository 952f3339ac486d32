using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.Sdk.Tests.Microsoft.Xrm.Sdk.Query;

public class ColumnSetTests
{
    [Fact]
    public void Constructor_True_SetsAllColumns()
    {
        Assert.True(new ColumnSet(true).AllColumns);
        Assert.False(new ColumnSet(false).AllColumns);
        Assert.False(new ColumnSet().AllColumns);
    }

    [Fact]
    public void Constructor_Names_ListsThemWithoutAllColumns()
    {
        var columns = new ColumnSet("name", "revenue");

        Assert.Equal(["name", "revenue"], columns.Columns);
        Assert.False(columns.AllColumns);
    }

    [Fact]
    public void AddColumnAndAddColumns_Names_AppendInOrder()
    {
        var columns = new ColumnSet();

        columns.AddColumn("name");
        columns.AddColumns("revenue", "ownerid");

        Assert.Equal(["name", "revenue", "ownerid"], columns.Columns);
    }
}
