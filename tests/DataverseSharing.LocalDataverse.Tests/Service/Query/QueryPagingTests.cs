using DataverseSharing.LocalDataverse.Service.Faults;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.LocalDataverse.Tests.Service.Query;

/// <summary>
/// Paging through every row exactly once when a cookie cannot continue after its last id: rows sorted by the
/// primary key descending, and joins that repeat a parent over several rows; plus Distinct and TopCount.
/// </summary>
public sealed class QueryPagingTests : IDisposable
{
    private readonly LocalEngine engine = new();
    private readonly Guid contoso;

    public QueryPagingTests()
    {
        contoso = engine.Service.Create(new Entity("account") { ["name"] = "Contoso" });
        var fabrikam = engine.Service.Create(new Entity("account") { ["name"] = "Fabrikam" });
        foreach (var (name, account) in new[] { ("Ann", contoso), ("Bob", contoso), ("Cy", contoso), ("Di", fabrikam) })
        {
            engine.Service.Create(new Entity("contact") { ["lastname"] = name, ["parentcustomerid"] = new EntityReference("account", account) });
        }
    }

    public void Dispose() => engine.Dispose();

    [Fact]
    public void RetrieveMultiple_PagesOfAJoinRepeatingAParent_ReturnEveryJoinedRowOnce()
    {
        var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name"), PageInfo = new PagingInfo { Count = 1, PageNumber = 1 } };
        query.AddLink("contact", "accountid", "parentcustomerid").Columns = new ColumnSet("lastname");

        var names = AllPages(query).Select(e => (string)e.GetAttributeValue<AliasedValue>("contact1.lastname")!.Value!).Order(StringComparer.Ordinal);

        Assert.Equal(["Ann", "Bob", "Cy", "Di"], names);
    }

    [Fact]
    public void RetrieveMultiple_PagesSortedByPrimaryKeyDescending_ReturnEveryRowOnceInThatOrder()
    {
        foreach (var i in Enumerable.Range(1, 5))
        {
            engine.Service.Create(new Entity("account") { ["name"] = $"Extra {i}" });
        }

        var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name"), PageInfo = new PagingInfo { Count = 3, PageNumber = 1 } };
        query.AddOrder("accountid", OrderType.Descending);

        var ids = AllPages(query).Select(e => e.Id).ToList();

        Assert.Equal(7, ids.Distinct().Count());
        Assert.Equal(ids.OrderByDescending(id => id.ToString("D"), StringComparer.Ordinal), ids);
    }

    [Fact]
    public void RetrieveMultiple_DistinctOverAJoin_ReturnsEachParentOnce()
    {
        var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name"), Distinct = true };
        query.AddLink("contact", "accountid", "parentcustomerid");

        Assert.Equal(["Contoso", "Fabrikam"], engine.Service.RetrieveMultiple(query).Entities.Select(e => (string)e["name"]!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void RetrieveMultiple_JoinWithoutDistinct_ReturnsARowPerMatch()
    {
        var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name") };
        query.AddLink("contact", "accountid", "parentcustomerid");

        Assert.Equal(3, engine.Service.RetrieveMultiple(query).Entities.Count(e => e.Id == contoso));
    }

    [Fact]
    public void RetrieveMultiple_TopCountAndPageSize_FaultsAsInvalidArgument()
    {
        var query = new QueryExpression("account") { TopCount = 1, PageInfo = new PagingInfo { Count = 1, PageNumber = 1 } };

        Assert.Equal(ErrorCodes.InvalidArgument, LocalEngine.Fault(() => engine.Service.RetrieveMultiple(query)).ErrorCode);
    }

    private List<Entity> AllPages(QueryExpression query)
    {
        var rows = new List<Entity>();
        EntityCollection page;
        do
        {
            page = engine.Service.RetrieveMultiple(query);
            rows.AddRange(page.Entities);
            query.PageInfo.PageNumber++;
            query.PageInfo.PagingCookie = page.PagingCookie;
        }
        while (page.MoreRecords && query.PageInfo.PageNumber < 20);

        return rows;
    }
}
