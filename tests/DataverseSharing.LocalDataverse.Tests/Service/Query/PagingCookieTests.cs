using DataverseSharing.LocalDataverse.Query.Fetch;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.LocalDataverse.Tests.Service.Query;

/// <summary>Paging with Dataverse's cookies, for FetchXML and QueryExpression, and total record counts.</summary>
public sealed class PagingCookieTests : IDisposable
{
    private readonly LocalEngine engine = new();

    public PagingCookieTests()
    {
        foreach (var i in Enumerable.Range(1, 7))
        {
            engine.Service.Create(new Entity("account") { ["name"] = $"Account {i}", ["numberofemployees"] = i });
        }
    }

    public void Dispose() => engine.Dispose();

    [Fact]
    public void Fetch_ThreePagesWithCookies_ReturnEveryRowOnce()
    {
        var first = Page(1, null);
        var second = Page(2, first.PagingCookie);
        var third = Page(3, second.PagingCookie);

        Assert.Equal([3, 3, 1], new[] { first, second, third }.Select(p => p.Entities.Count));
        Assert.Equal([true, true, false], new[] { first, second, third }.Select(p => p.MoreRecords));
        var ids = new[] { first, second, third }.SelectMany(p => p.Entities).Select(e => e.Id).ToList();
        Assert.Equal(7, ids.Distinct().Count());
        Assert.Equal(ids.OrderBy(id => id.ToString("D"), StringComparer.Ordinal), ids);
    }

    [Fact]
    public void Fetch_Cookie_HasDataversesFormWithFirstAndLastIds()
    {
        var first = Page(1, null);

        var cookie = PagingCookie.Parse(first.PagingCookie!);
        var key = Assert.Single(cookie.Keys);
        Assert.Equal(1, cookie.Page);
        Assert.Equal("accountid", key.AttributeName);
        Assert.Equal(first.Entities[0].Id.ToString("B").ToUpperInvariant(), key.First);
        Assert.Equal(first.Entities[2].Id.ToString("B").ToUpperInvariant(), key.Last);
        Assert.StartsWith("<cookie page=\"1\"><accountid last=\"{", first.PagingCookie, StringComparison.Ordinal);
    }

    [Fact]
    public void Fetch_CookieContinuesAfterItsLastRow_WhenRowsChangeBetweenPages()
    {
        var all = engine.Service.RetrieveMultiple(new FetchExpression("<fetch><entity name='account'><attribute name='name' /></entity></fetch>")).Entities;
        var first = Page(1, null);
        engine.Service.Delete("account", first.Entities[0].Id);

        var second = Page(2, first.PagingCookie);

        // Keyset paging: the deleted row does not shift the next page (OFFSET would skip the fourth row).
        Assert.Equal(all.Skip(3).Take(3).Select(e => e.Id), second.Entities.Select(e => e.Id));
    }

    [Fact]
    public void Fetch_CookieOfAnEarlierPage_IsIgnoredAndPageNumberDecides()
    {
        var first = Page(1, null);
        engine.Service.Delete("account", first.Entities[0].Id);
        var remaining = engine.Service.RetrieveMultiple(new FetchExpression("<fetch><entity name='account'><attribute name='name' /></entity></fetch>")).Entities;

        // Dataverse ignores the cookie when the pages are not consecutive: page 3 of the 6 rows left is empty,
        // where continuing after page 1's last row would return rows 4 to 6 again as "page 3".
        var third = Page(3, first.PagingCookie);

        Assert.Equal(6, remaining.Count);
        Assert.Empty(third.Entities);
        Assert.False(third.MoreRecords);
    }

    [Fact]
    public void Fetch_CookieOfALaterPage_IsIgnoredAndPageNumberDecides()
    {
        var first = Page(1, null);
        var second = Page(2, first.PagingCookie);

        // Asking for page 2 again with page 2's own cookie (not page 1's) is not a consecutive request.
        var again = Page(2, second.PagingCookie);

        Assert.Equal(second.Entities.Select(e => e.Id), again.Entities.Select(e => e.Id));
    }

    [Fact]
    public void Fetch_CookieOfAnotherTable_IsIgnoredAndPageNumberDecides()
    {
        var all = engine.Service.RetrieveMultiple(new FetchExpression("<fetch><entity name='account'><attribute name='name' /></entity></fetch>")).Entities;
        var foreign = $"<cookie page=\"1\"><contactid last=\"{all[5].Id.ToString("B").ToUpperInvariant()}\" first=\"{all[0].Id.ToString("B").ToUpperInvariant()}\" /></cookie>";

        var second = Page(2, foreign);

        Assert.Equal(all.Skip(3).Take(3).Select(e => e.Id), second.Entities.Select(e => e.Id));
    }

    [Fact]
    public void Fetch_CookieThatIsNotACookie_IsIgnoredAndPageNumberDecides()
    {
        var all = engine.Service.RetrieveMultiple(new FetchExpression("<fetch><entity name='account'><attribute name='name' /></entity></fetch>")).Entities;

        var second = Page(2, "<notacookie page=\"1\" />");

        Assert.Equal(all.Skip(3).Take(3).Select(e => e.Id), second.Entities.Select(e => e.Id));
    }

    [Fact]
    public void QueryExpression_CookieOfAnEarlierPage_IsIgnoredAndPageNumberDecides()
    {
        var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name"), PageInfo = new PagingInfo { Count = 3, PageNumber = 1 } };
        var first = engine.Service.RetrieveMultiple(query);
        engine.Service.Delete("account", first.Entities[0].Id);

        query.PageInfo.PageNumber = 3;
        query.PageInfo.PagingCookie = first.PagingCookie;
        var third = engine.Service.RetrieveMultiple(query);

        Assert.Empty(third.Entities);
    }

    [Fact]
    public void Fetch_OrderedByOtherColumn_PagesByNumber()
    {
        EntityCollection Sorted(int page, string? cookie) => engine.Service.RetrieveMultiple(new FetchExpression(
            $"<fetch count='3' page='{page}'{Cookie(cookie)}><entity name='account'><attribute name='numberofemployees' /><order attribute='numberofemployees' descending='true' /></entity></fetch>"));
        var first = Sorted(1, null);
        var second = Sorted(2, first.PagingCookie);
        var third = Sorted(3, second.PagingCookie);

        Assert.Equal([7, 6, 5, 4, 3, 2, 1], new[] { first, second, third }.SelectMany(p => p.Entities).Select(e => e.GetAttributeValue<int>("numberofemployees")));
    }

    [Fact]
    public void Fetch_AggregatePages_ReturnGroupsInOrder()
    {
        EntityCollection Groups(int page) => engine.Service.RetrieveMultiple(new FetchExpression(
            $"<fetch aggregate='true' count='3' page='{page}'><entity name='account'><attribute name='numberofemployees' alias='size' groupby='true' /><attribute name='accountid' alias='n' aggregate='count' /><order alias='size' /></entity></fetch>"));
        var first = Groups(1);
        var third = Groups(3);

        Assert.True(first.MoreRecords);
        Assert.Equal([1, 2, 3], first.Entities.Select(e => (int)e.GetAttributeValue<AliasedValue>("size")!.Value!));
        Assert.Equal([7], third.Entities.Select(e => (int)e.GetAttributeValue<AliasedValue>("size")!.Value!));
        Assert.False(third.MoreRecords);
    }

    [Fact]
    public void Fetch_ReturnTotalRecordCount_CountsEveryMatchingRow()
    {
        var page = engine.Service.RetrieveMultiple(new FetchExpression(
            "<fetch count='2' returntotalrecordcount='true'><entity name='account'><attribute name='name' /><filter><condition attribute='numberofemployees' operator='gt' value='2' /></filter></entity></fetch>"));

        Assert.Equal(5, page.TotalRecordCount);
        Assert.False(page.TotalRecordCountLimitExceeded);
        Assert.Equal(2, page.Entities.Count);
    }

    [Fact]
    public void QueryExpression_ThreePagesWithCookies_ReturnEveryRowOnce()
    {
        var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name"), PageInfo = new PagingInfo { Count = 3, PageNumber = 1 } };
        var seen = new List<Guid>();
        EntityCollection page;
        do
        {
            page = engine.Service.RetrieveMultiple(query);
            seen.AddRange(page.Entities.Select(e => e.Id));
            query.PageInfo.PageNumber++;
            query.PageInfo.PagingCookie = page.PagingCookie;
        }
        while (page.MoreRecords);

        Assert.Equal(4, query.PageInfo.PageNumber);
        Assert.Equal(7, seen.Distinct().Count());
    }

    private EntityCollection Page(int page, string? cookie) => engine.Service.RetrieveMultiple(new FetchExpression(
        $"<fetch count='3' page='{page}'{Cookie(cookie)}><entity name='account'><attribute name='name' /></entity></fetch>"));

    private static string Cookie(string? cookie) =>
        cookie is null ? string.Empty : $" paging-cookie='{System.Security.SecurityElement.Escape(cookie)}'";
}
