using DataverseSharing.LocalDataverse.Query.Fetch;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.LocalDataverse.Tests.Query.Fetch;

public class FetchOptionsReaderTests
{
    [Fact]
    public void Read_Distinct_SetsDistinct()
    {
        Assert.True(FetchXmlParser.Parse("<fetch distinct='true'><entity name='account' /></fetch>").Query.Distinct);
    }

    [Fact]
    public void Read_NoLock_SetsNoLock()
    {
        Assert.True(FetchXmlParser.Parse("<fetch no-lock='true'><entity name='account' /></fetch>").Query.NoLock);
    }

    [Fact]
    public void Read_Top_SetsTopCountAndNoPaging()
    {
        QueryExpression query = FetchXmlParser.Parse("<fetch top='5'><entity name='account' /></fetch>").Query;

        Assert.Equal(5, query.TopCount);
        Assert.Equal(0, query.PageInfo.Count);
        Assert.Equal(0, query.PageInfo.PageNumber);
    }

    [Fact]
    public void Read_CountAndPage_SetPageInfo()
    {
        QueryExpression query = FetchXmlParser.Parse("<fetch count='50' page='3'><entity name='account' /></fetch>").Query;

        Assert.Equal(50, query.PageInfo.Count);
        Assert.Equal(3, query.PageInfo.PageNumber);
        Assert.Null(query.TopCount);
    }

    [Fact]
    public void Read_CountWithoutPage_StartsAtPageOne()
    {
        QueryExpression query = FetchXmlParser.Parse("<fetch count='10'><entity name='account' /></fetch>").Query;

        Assert.Equal(1, query.PageInfo.PageNumber);
    }

    [Fact]
    public void Read_PagingCookie_KeepsTheCookieText()
    {
        const string cookie = "<cookie page=\"1\"><accountid last=\"{E062B974-7F8D-DC11-9048-0003FF27AC3B}\" first=\"{60B934EF-798D-DC11-9048-0003FF27AC3B}\" /></cookie>";
        string fetch = $"<fetch count='2' page='2' paging-cookie='{cookie.Replace("<", "&lt;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal)}'><entity name='account' /></fetch>";

        QueryExpression query = FetchXmlParser.Parse(fetch).Query;

        Assert.Equal(cookie, query.PageInfo.PagingCookie);
        Assert.Equal(2, query.PageInfo.PageNumber);
    }

    [Fact]
    public void Read_ReturnTotalRecordCount_SetsPageInfoFlag()
    {
        Assert.True(FetchXmlParser.Parse("<fetch returntotalrecordcount='true'><entity name='account' /></fetch>").Query.PageInfo.ReturnTotalRecordCount);
    }

    [Theory]
    [InlineData("top='5' page='2'", "page")]
    [InlineData("top='5' count='10'", "count")]
    [InlineData("top='5' paging-cookie='x'", "paging-cookie")]
    [InlineData("top='5' returntotalrecordcount='true'", "returntotalrecordcount")]
    public void Read_TopWithPaging_IsRefused(string attributes, string clash)
    {
        var error = Assert.Throws<FetchXmlException>(() => FetchXmlParser.Parse($"<fetch {attributes}><entity name='account' /></fetch>"));

        Assert.Contains("top", error.Message, StringComparison.Ordinal);
        Assert.Contains(clash, error.Message, StringComparison.Ordinal);
        Assert.Equal(FetchXmlErrorCodes.InvalidArgument, error.ErrorCode);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    public void Read_TopNotPositive_IsRefusedWithTopCountCode(string top)
    {
        var error = Assert.Throws<FetchXmlException>(() => FetchXmlParser.Parse($"<fetch top='{top}'><entity name='account' /></fetch>"));

        Assert.Equal(FetchXmlErrorCodes.TopCountGreaterThanZero, error.ErrorCode);
    }

    [Theory]
    [InlineData("count='0'")]
    [InlineData("page='0'")]
    [InlineData("count='ten'")]
    [InlineData("utc-offset='x'")]
    [InlineData("distinct='maybe'")]
    [InlineData("mapping='internal'")]
    [InlineData("output-format='json'")]
    public void Read_BadFetchAttributeValue_IsRefused(string attribute)
    {
        var error = Assert.Throws<FetchXmlException>(() => FetchXmlParser.Parse($"<fetch {attribute}><entity name='account' /></fetch>"));

        Assert.Equal(1, error.LineNumber);
        Assert.Contains("'fetch' element", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_EmptyUtcOffset_IsAccepted()
    {
        Assert.Equal("account", FetchXmlParser.Parse("<fetch utc-offset=''><entity name='account' /></fetch>").EntityName);
    }

    [Fact]
    public void Read_UnknownFetchAttribute_NamesItAndItsPosition()
    {
        var error = Assert.Throws<FetchXmlException>(() => FetchXmlParser.Parse("<fetch colour='red'><entity name='account' /></fetch>"));

        Assert.Contains("'colour'", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, error.LineNumber);
        Assert.Equal(8, error.LinePosition);
    }

    [Fact]
    public void Read_AggregateLimit_IsKeptOnTheAggregation()
    {
        FetchQuery result = FetchXmlParser.Parse(
            "<fetch aggregate='true' aggregatelimit='10'><entity name='opportunity'><attribute name='name' alias='c' aggregate='count' /></entity></fetch>");

        Assert.Equal(10, result.Aggregation!.Limit);
    }

    [Fact]
    public void Read_AggregateLimitWithoutAggregate_IsRefused()
    {
        Assert.Throws<FetchXmlException>(() => FetchXmlParser.Parse("<fetch aggregatelimit='10'><entity name='account' /></fetch>"));
    }

    [Fact]
    public void Read_AggregateAndDistinct_IsAccepted()
    {
        // Grouped rows are distinct already; tools write distinct='true' on aggregate views and Dataverse runs them.
        FetchQuery result = FetchXmlParser.Parse(
            "<fetch aggregate='true' distinct='true'><entity name='account'><attribute name='name' alias='c' aggregate='count' /></entity></fetch>");

        Assert.True(result.IsAggregate);
        Assert.True(result.Query.Distinct);
    }

    [Fact]
    public void Read_FetchAttributeError_IsReportedBeforeEntityErrors()
    {
        var error = Assert.Throws<FetchXmlException>(() => FetchXmlParser.Parse("<fetch top='x'>\n<entity /></fetch>"));

        Assert.Equal(1, error.LineNumber);
        Assert.Contains("'top'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NoPaging_LeavesPageNumberZero()
    {
        PagingInfo page = FetchXmlParser.Parse("<fetch><entity name='account' /></fetch>").Query.PageInfo;

        Assert.Equal(0, page.PageNumber);
        Assert.Equal(0, page.Count);
        Assert.Null(page.PagingCookie);
        Assert.False(page.ReturnTotalRecordCount);
    }

    [Fact]
    public void Read_PerformanceHints_AreAccepted()
    {
        FetchQuery result = FetchXmlParser.Parse("<fetch latematerialize='true' useraworderby='false' options='OptimizeForUnknown'><entity name='account' /></fetch>");

        Assert.Equal("account", result.EntityName);
    }
}
