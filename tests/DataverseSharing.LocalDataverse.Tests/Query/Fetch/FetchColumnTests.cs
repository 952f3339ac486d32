using DataverseSharing.LocalDataverse.Query.Fetch;

namespace DataverseSharing.LocalDataverse.Tests.Query.Fetch;

public class FetchColumnTests
{
    [Fact]
    public void ResultName_IsTheAliasWhenGiven()
    {
        Assert.Equal("n", new FetchColumn(null, "name", "n", null, false, false, null, true, 1).ResultName);
    }

    [Fact]
    public void ResultName_IsTheAttributeWithoutAlias()
    {
        Assert.Equal("name", new FetchColumn(null, "name", null, null, false, false, null, true, 1).ResultName);
    }
}
