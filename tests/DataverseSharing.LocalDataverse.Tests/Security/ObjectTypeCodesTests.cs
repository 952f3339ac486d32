using DataverseSharing.LocalDataverse.Security;

namespace DataverseSharing.LocalDataverse.Tests.Security;

public class ObjectTypeCodesTests
{
    [Theory]
    [InlineData("account", 1)]
    [InlineData("opportunity", 3)]
    [InlineData("systemuser", 8)]
    [InlineData("team", 9)]
    public void For_StandardTable_IsDataversesCode(string table, int code)
    {
        Assert.Equal(code, ObjectTypeCodes.For(table));
    }

    [Fact]
    public void For_CustomTable_IsStableAndInTheCustomRange()
    {
        var code = ObjectTypeCodes.For("dvs_bestpractice");

        Assert.InRange(code, 10000, 99999);
        Assert.Equal(code, ObjectTypeCodes.For(SalesOrganization.BestPractice));
        Assert.NotEqual(code, ObjectTypeCodes.For("dvs_practicesuggestion"));
    }
}
