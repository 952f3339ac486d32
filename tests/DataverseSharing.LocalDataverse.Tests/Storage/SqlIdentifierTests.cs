using DataverseSharing.LocalDataverse.Storage;

namespace DataverseSharing.LocalDataverse.Tests.Storage;

public class SqlIdentifierTests
{
    [Theory]
    [InlineData("account", "\"account\"")]
    [InlineData("order", "\"order\"")]
    [InlineData("a\"b", "\"a\"\"b\"")]
    public void Quote_Name_IsDoubleQuotedWithQuotesDoubled(string name, string expected)
    {
        Assert.Equal(expected, SqlIdentifier.Quote(name));
    }

    [Fact]
    public void Quote_Empty_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => SqlIdentifier.Quote(string.Empty));
    }
}
