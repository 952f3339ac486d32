using DataverseSharing.LocalDataverse.Query.Fetch;

namespace DataverseSharing.LocalDataverse.Tests.Query.Fetch;

public class FetchParseContextTests
{
    [Fact]
    public void NextLinkNumber_CountsFromOne()
    {
        var context = new FetchParseContext(isAggregate: false);

        Assert.Equal(1, context.NextLinkNumber());
        Assert.Equal(2, context.NextLinkNumber());
    }

    [Fact]
    public void TryAddColumnAlias_SecondUse_IsFalseAndCaseSensitive()
    {
        var context = new FetchParseContext(isAggregate: true);

        Assert.True(context.TryAddColumnAlias("total"));
        Assert.False(context.TryAddColumnAlias("total"));
        Assert.True(context.TryAddColumnAlias("Total"));
        Assert.True(context.IsAggregate);
    }
}
