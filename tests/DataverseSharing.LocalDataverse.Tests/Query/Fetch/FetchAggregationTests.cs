using DataverseSharing.LocalDataverse.Query.Fetch;

namespace DataverseSharing.LocalDataverse.Tests.Query.Fetch;

public class FetchAggregationTests
{
    [Fact]
    public void GroupByAndAggregates_SplitTheColumnsKeepingOrder()
    {
        var sum = new FetchColumn(null, "revenue", "total", FetchAggregateFunction.Sum, false, false, null, true, 1);
        var city = new FetchColumn(null, "address1_city", null, null, false, true, null, true, 2);
        var count = new FetchColumn("c", "contactid", "contacts", FetchAggregateFunction.CountColumn, true, false, null, true, 3);
        var aggregation = new FetchAggregation([sum, city, count], 500);

        Assert.Equal([sum, count], aggregation.Aggregates);
        Assert.Equal([city], aggregation.GroupBy);
        Assert.Equal(500, aggregation.Limit);
    }

    [Fact]
    public void Constructor_NullColumns_IsRefused()
    {
        Assert.Throws<ArgumentNullException>(() => new FetchAggregation(null!, null));
    }
}
