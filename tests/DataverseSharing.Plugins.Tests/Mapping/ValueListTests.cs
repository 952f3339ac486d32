using DataverseSharing.Plugins.Mapping;

namespace DataverseSharing.Plugins.Tests.Mapping;

public sealed class ValueListTests
{
    [Fact]
    public void Split_MessyList_TrimsDropsBlanksAndCaseInsensitiveDuplicates()
    {
        Assert.Equal(new[] { "Retail", "Public Sector" }, ValueList.Split(" Retail ;; Public Sector; retail ;"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" ; ")]
    public void Split_NothingStored_Empty(string? value)
    {
        Assert.Empty(ValueList.Split(value));
    }

    [Fact]
    public void Join_Values_SemicolonSpaceSeparated()
    {
        Assert.Equal("Fabrikam; Northwind", ValueList.Join(new[] { "Fabrikam", " Northwind ", "fabrikam" }));
    }

    [Fact]
    public void Join_Empty_Null()
    {
        Assert.Null(ValueList.Join(Array.Empty<string>()));
        Assert.Null(ValueList.Join(null));
    }
}
