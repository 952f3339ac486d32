using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.Sdk.Tests.Microsoft.Xrm.Sdk.Query;

public class QueryExpressionTests
{
    [Fact]
    public void AddLink_FromQuery_LinksFromTheQueriedTable()
    {
        var query = new QueryExpression("opportunity");

        LinkEntity link = query.AddLink("account", "customerid", "accountid");

        Assert.Equal(("opportunity", "account", "customerid", "accountid", JoinOperator.Inner),
            (link.LinkFromEntityName, link.LinkToEntityName, link.LinkFromAttributeName, link.LinkToAttributeName, link.JoinOperator));
        Assert.Same(link, Assert.Single(query.LinkEntities));
    }

    [Fact]
    public void AddLink_FromLink_LinksFromTheLinkedTable()
    {
        LinkEntity account = new QueryExpression("opportunity").AddLink("account", "customerid", "accountid");

        LinkEntity owner = account.AddLink("systemuser", "ownerid", "systemuserid", JoinOperator.LeftOuter);

        Assert.Equal(("account", JoinOperator.LeftOuter), (owner.LinkFromEntityName, owner.JoinOperator));
        Assert.Same(owner, Assert.Single(account.LinkEntities));
    }

    [Fact]
    public void Defaults_NewQuery_HasEmptyColumnsCriteriaAndPaging()
    {
        var query = new QueryExpression("account");

        Assert.False(query.ColumnSet.AllColumns);
        Assert.Empty(query.ColumnSet.Columns);
        Assert.Empty(query.Criteria.Conditions);
        Assert.Equal(0, query.PageInfo.PageNumber);
        Assert.Null(query.TopCount);
    }

    [Fact]
    public void AddOrder_AttributeAndDirection_AppendsAnOrder()
    {
        var query = new QueryExpression("account");

        query.AddOrder("name", OrderType.Descending);

        OrderExpression order = Assert.Single(query.Orders);
        Assert.Equal(("name", OrderType.Descending), (order.AttributeName, order.OrderType));
    }

    [Fact]
    public void AddOrder_AliasAndEntityName_SetsEveryPart()
    {
        var query = new QueryExpression("account");

        query.AddOrder("fullname", OrderType.Ascending, "pc_name", "pc");

        OrderExpression order = Assert.Single(query.Orders);
        Assert.Equal(("fullname", OrderType.Ascending, "pc_name", "pc"), (order.AttributeName, order.OrderType, order.Alias, order.EntityName));
        Assert.Equal("total", new OrderExpression("revenue", OrderType.Descending, "total").Alias);
    }

    [Fact]
    public void JoinOperator_NumbersOnTheWire_MatchTheOfficialValues()
    {
        Assert.Equal(new[] { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 }, Enum.GetValues<JoinOperator>().Select(j => (int)j));
        Assert.Equal((0, 1), ((int)LogicalOperator.And, (int)LogicalOperator.Or));
        Assert.Equal((0, 1), ((int)OrderType.Ascending, (int)OrderType.Descending));
    }
}
