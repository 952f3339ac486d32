using DataverseSharing.Testing.Engine;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.WebApi.Tests.Loopback;

public sealed class QueryTests : IAsyncLifetime
{
    private readonly ServedConnector served = new();

    public Task InitializeAsync() => served.InitializeAsync();

    public Task DisposeAsync() => served.DisposeAsync();

    private void Seed(int count, string prefix = "Row")
    {
        var targets = new EntityCollection { EntityName = "account" };
        for (var i = 0; i < count; i++)
        {
            targets.Entities.Add(new Entity("account") { ["name"] = $"{prefix} {i:D5}", ["numberofemployees"] = i });
        }

        served.Local.Execute(new CreateMultipleRequest { Targets = targets });
    }

    [Fact]
    public void RetrieveMultiple_QueryExpression_ReturnsTheSameRowsAsInProcess()
    {
        Seed(40);
        var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name", "numberofemployees") };
        query.Criteria.AddCondition("numberofemployees", ConditionOperator.GreaterEqual, 10);
        query.Criteria.AddCondition("name", ConditionOperator.Like, "Row 0002%");
        query.AddOrder("numberofemployees", OrderType.Descending);

        var remote = served.Service.RetrieveMultiple(query);
        var local = served.Local.RetrieveMultiple(query);

        Assert.Equal(local.Entities.Select(e => (e.Id, (string)e["name"]!, (int)e["numberofemployees"]!)), remote.Entities.Select(e => (e.Id, (string)e["name"]!, (int)e["numberofemployees"]!)));
        Assert.Equal(10, remote.Entities.Count);
        Assert.Equal(29, remote.Entities[0]["numberofemployees"]);
    }

    [Fact]
    public void RetrieveMultiple_PagingCookie_WalksEveryPagePastFiveThousandRows()
    {
        Seed(5_200);
        var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name"), PageInfo = new PagingInfo { Count = 2_000, PageNumber = 1 } };
        query.AddOrder("name", OrderType.Ascending);
        var seen = new List<string>();
        served.Requests.Reset();

        while (true)
        {
            var page = served.Service.RetrieveMultiple(query);
            seen.AddRange(page.Entities.Select(e => (string)e["name"]!));
            if (!page.MoreRecords)
            {
                break;
            }

            Assert.False(string.IsNullOrEmpty(page.PagingCookie));
            query.PageInfo.PageNumber++;
            query.PageInfo.PagingCookie = page.PagingCookie;
        }

        Assert.Equal(5_200, seen.Count);
        Assert.Equal(seen.Order(StringComparer.Ordinal), seen);
        Assert.Equal(5_200, seen.Distinct().Count());
        Assert.Equal(3, served.Requests.Sent.Count(s => s.Contains("fetchXml", StringComparison.Ordinal)));
    }

    [Fact]
    public void RetrieveAll_FetchPagesAndNextLinks_StreamEveryRowOnce()
    {
        Seed(5_300);

        var byCookie = served.Service.RetrieveAll(new QueryExpression("account") { ColumnSet = new ColumnSet("name") }).Select(e => e.Id).ToList();
        var byNextLink = served.Service.RetrieveAll("account", "$select=name", pageSize: 1_000).Select(e => e.Id).ToList();

        Assert.Equal(5_300, byCookie.Distinct().Count());
        Assert.Equal(5_300, byNextLink.Distinct().Count());
        Assert.Equal(byCookie.Order(), byNextLink.Order());
    }

    [Fact]
    public void RetrieveMultiple_FetchExpressionWithLink_ReturnsAliasedValues()
    {
        var account = served.Local.Create(new Entity("account") { ["name"] = "Fabrikam" });
        served.Local.Create(new Entity("contact") { ["lastname"] = "Ng", ["parentcustomerid"] = new EntityReference("account", account) });
        const string fetch = """
            <fetch>
              <entity name="contact">
                <attribute name="lastname" />
                <link-entity name="account" from="accountid" to="parentcustomerid" alias="acct">
                  <attribute name="name" />
                </link-entity>
              </entity>
            </fetch>
            """;

        var row = Assert.Single(served.Service.RetrieveMultiple(new FetchExpression(fetch)).Entities);

        Assert.Equal("Ng", row["lastname"]);
        var name = row.GetAttributeValue<AliasedValue>("acct.name")!;
        Assert.Equal(("account", "name", "Fabrikam"), (name.EntityLogicalName, name.AttributeLogicalName, (string)name.Value!));
    }

    [Fact]
    public void RetrieveMultiple_UnknownColumn_FaultsAsInProcess()
    {
        var query = new QueryExpression("account") { ColumnSet = new ColumnSet("nosuchcolumn") };

        var local = LocalEngine.Fault(() => served.Local.RetrieveMultiple(query));
        var remote = LocalEngine.Fault(() => served.Service.RetrieveMultiple(query));

        Assert.Equal(local.ErrorCode, remote.ErrorCode);
    }
}
