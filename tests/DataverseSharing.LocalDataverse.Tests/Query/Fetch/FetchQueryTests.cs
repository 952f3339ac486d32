using DataverseSharing.LocalDataverse.Query.Fetch;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.LocalDataverse.Tests.Query.Fetch;

public class FetchQueryTests
{
    [Fact]
    public void EntityName_IsTheQueryEntity()
    {
        var query = new FetchQuery(new QueryExpression("contact"), [], null);

        Assert.Equal("contact", query.EntityName);
        Assert.False(query.IsAggregate);
    }

    [Fact]
    public void IsAggregate_WithAggregation_IsTrue()
    {
        var query = new FetchQuery(new QueryExpression("contact"), [], new FetchAggregation([], null));

        Assert.True(query.IsAggregate);
    }

    [Fact]
    public void Constructor_Nulls_AreRefused()
    {
        Assert.Throws<ArgumentNullException>(() => new FetchQuery(null!, [], null));
        Assert.Throws<ArgumentNullException>(() => new FetchQuery(new QueryExpression("contact"), null!, null));
    }
}
