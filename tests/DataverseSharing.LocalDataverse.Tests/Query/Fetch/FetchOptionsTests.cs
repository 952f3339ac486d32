using DataverseSharing.LocalDataverse.Query.Fetch;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.LocalDataverse.Tests.Query.Fetch;

public class FetchOptionsTests
{
    [Fact]
    public void ApplyTo_Paging_SetsPageInfo()
    {
        var query = new QueryExpression("account");

        new FetchOptions(false, true, true, null, 25, 4, "<cookie page=\"3\" />", true, null).ApplyTo(query);

        Assert.True(query.Distinct);
        Assert.True(query.NoLock);
        Assert.Null(query.TopCount);
        Assert.Equal(25, query.PageInfo.Count);
        Assert.Equal(4, query.PageInfo.PageNumber);
        Assert.Equal("<cookie page=\"3\" />", query.PageInfo.PagingCookie);
        Assert.True(query.PageInfo.ReturnTotalRecordCount);
    }

    [Fact]
    public void ApplyTo_CookieWithoutPage_StartsAtPageOne()
    {
        var query = new QueryExpression("account");

        new FetchOptions(false, false, false, null, null, null, "<cookie page=\"1\" />", false, null).ApplyTo(query);

        Assert.Equal(1, query.PageInfo.PageNumber);
        Assert.Equal(0, query.PageInfo.Count);
    }

    [Fact]
    public void ApplyTo_Top_SetsTopCountOnly()
    {
        var query = new QueryExpression("account");

        new FetchOptions(false, false, false, 7, null, null, null, false, null).ApplyTo(query);

        Assert.Equal(7, query.TopCount);
        Assert.Equal(0, query.PageInfo.PageNumber);
    }
}
