using DataverseSharing.LocalDataverse.Service.Faults;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.LocalDataverse.Tests.Service.Query;

/// <summary>
/// Several links with columns each return their own columns, exactly those asked for, under their own alias; a link
/// that says it starts from a table it is not nested in is refused.
/// </summary>
public sealed class LinkColumnsTests : IDisposable
{
    private readonly LocalEngine engine = new();

    public LinkColumnsTests()
    {
        var account = engine.Service.Create(new Entity("account") { ["name"] = "Contoso" });
        var deal = engine.Service.Create(new Entity("opportunity") { ["name"] = "Big deal", ["customerid"] = new EntityReference("account", account) });
        var practice = engine.Service.Create(new Entity("dvs_bestpractice") { ["dvs_name"] = "Discovery questions", ["dvs_practicekey"] = "p-1" });
        engine.Service.Create(new Entity("dvs_practicesuggestion")
        {
            ["dvs_name"] = "Suggestion",
            ["dvs_opportunityid"] = new EntityReference("opportunity", deal),
            ["dvs_bestpracticeid"] = new EntityReference("dvs_bestpractice", practice),
            ["dvs_rank"] = 1,
        });
    }

    public void Dispose() => engine.Dispose();

    [Fact]
    public void RetrieveMultiple_TwoLinksAndANestedLinkWithColumns_EachValueUnderItsOwnAlias()
    {
        var query = new QueryExpression("dvs_practicesuggestion") { ColumnSet = new ColumnSet("dvs_rank") };
        var practice = query.AddLink("dvs_bestpractice", "dvs_bestpracticeid", "dvs_bestpracticeid");
        practice.EntityAlias = "p";
        practice.Columns = new ColumnSet("dvs_name", "dvs_practicekey");
        var deal = query.AddLink("opportunity", "dvs_opportunityid", "opportunityid");
        deal.EntityAlias = "o";
        deal.Columns = new ColumnSet("name");
        var account = deal.AddLink("account", "customerid", "accountid");
        account.EntityAlias = "a";
        account.Columns = new ColumnSet("name");

        var row = Assert.Single(engine.Service.RetrieveMultiple(query).Entities);

        Assert.Equal(1, row.GetAttributeValue<int>("dvs_rank"));
        Assert.Equal("Discovery questions", Aliased(row, "p.dvs_name"));
        Assert.Equal("p-1", Aliased(row, "p.dvs_practicekey"));
        Assert.Equal("Big deal", Aliased(row, "o.name"));
        Assert.Equal("Contoso", Aliased(row, "a.name"));
    }

    [Fact]
    public void RetrieveMultiple_LinkColumns_ReturnOnlyTheColumnsAskedFor()
    {
        var query = new QueryExpression("dvs_practicesuggestion") { ColumnSet = new ColumnSet("dvs_rank") };
        var practice = query.AddLink("dvs_bestpractice", "dvs_bestpracticeid", "dvs_bestpracticeid");
        practice.EntityAlias = "p";
        practice.Columns = new ColumnSet("dvs_name");

        var row = Assert.Single(engine.Service.RetrieveMultiple(query).Entities);

        Assert.Equal(["p.dvs_name"], row.Attributes.Keys.Where(k => k.StartsWith("p.", StringComparison.Ordinal)));
    }

    [Fact]
    public void RetrieveMultiple_OrderOnTheLink_SortsByTheLinkedColumn()
    {
        var practice = engine.Service.RetrieveMultiple(new QueryExpression("dvs_bestpractice")).Entities[0].Id;
        foreach (var name in new[] { "Alpha deal", "Zulu deal" })
        {
            var deal = engine.Service.Create(new Entity("opportunity") { ["name"] = name });
            engine.Service.Create(new Entity("dvs_practicesuggestion")
            {
                ["dvs_name"] = "Suggestion",
                ["dvs_opportunityid"] = new EntityReference("opportunity", deal),
                ["dvs_bestpracticeid"] = new EntityReference("dvs_bestpractice", practice),
            });
        }

        var query = new QueryExpression("dvs_practicesuggestion") { ColumnSet = new ColumnSet(false) };
        var link = query.AddLink("opportunity", "dvs_opportunityid", "opportunityid");
        link.EntityAlias = "o";
        link.Columns = new ColumnSet("name");
        link.Orders.Add(new OrderExpression("name", OrderType.Descending));

        Assert.Equal(["Zulu deal", "Big deal", "Alpha deal"], engine.Service.RetrieveMultiple(query).Entities.Select(e => (string)Aliased(e, "o.name")!));
    }

    [Fact]
    public void RetrieveMultiple_LinkFromAnotherTable_FaultsNamingBoth()
    {
        var query = new QueryExpression("dvs_practicesuggestion");
        query.LinkEntities.Add(new LinkEntity("account", "opportunity", "dvs_opportunityid", "opportunityid", JoinOperator.Inner));

        var fault = LocalEngine.Fault(() => engine.Service.RetrieveMultiple(query));

        Assert.Equal(ErrorCodes.InvalidArgument, fault.ErrorCode);
        Assert.Contains("'account'", fault.Message, StringComparison.Ordinal);
    }

    private static object? Aliased(Entity row, string name) => row.GetAttributeValue<AliasedValue>(name)?.Value;
}
