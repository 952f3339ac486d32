using DataverseSharing.LocalDataverse.Query.Fetch;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.LocalDataverse.Tests.Query.Fetch;

public class QueryByAttributeConverterTests
{
    [Fact]
    public void ToQueryExpression_AttributesAndValues_BecomeAndedEqualConditions()
    {
        var query = new QueryByAttribute("account") { ColumnSet = new ColumnSet("name", "accountnumber") };
        query.AddAttributeValue("address1_city", "Redmond");
        query.AddAttributeValue("statecode", 0);

        QueryExpression expression = QueryByAttributeConverter.ToQueryExpression(query);

        Assert.Equal("account", expression.EntityName);
        Assert.Equal(["name", "accountnumber"], expression.ColumnSet.Columns);
        Assert.Equal(LogicalOperator.And, expression.Criteria.FilterOperator);
        Assert.Collection(
            expression.Criteria.Conditions,
            condition =>
            {
                Assert.Equal("address1_city", condition.AttributeName);
                Assert.Equal(ConditionOperator.Equal, condition.Operator);
                Assert.Equal(["Redmond"], condition.Values);
            },
            condition =>
            {
                Assert.Equal("statecode", condition.AttributeName);
                Assert.Equal([0], condition.Values);
            });
    }

    [Fact]
    public void ToQueryExpression_OrdersTopAndAllColumns_AreCarried()
    {
        var query = new QueryByAttribute("account") { ColumnSet = new ColumnSet(true), TopCount = 3 };
        query.AddAttributeValue("address1_city", "Seattle");
        query.AddOrder("name", OrderType.Descending);

        QueryExpression expression = QueryByAttributeConverter.ToQueryExpression(query);

        Assert.True(expression.ColumnSet.AllColumns);
        Assert.Equal(3, expression.TopCount);
        OrderExpression order = Assert.Single(expression.Orders);
        Assert.Equal("name", order.AttributeName);
        Assert.Equal(OrderType.Descending, order.OrderType);
    }

    [Fact]
    public void ToQueryExpression_PageInfo_IsCarried()
    {
        var query = new QueryByAttribute("account")
        {
            PageInfo = new PagingInfo { Count = 10, PageNumber = 2, PagingCookie = "<cookie page=\"1\" />", ReturnTotalRecordCount = true },
        };
        query.AddAttributeValue("statecode", 0);

        PagingInfo page = QueryByAttributeConverter.ToQueryExpression(query).PageInfo;

        Assert.Equal(10, page.Count);
        Assert.Equal(2, page.PageNumber);
        Assert.Equal("<cookie page=\"1\" />", page.PagingCookie);
        Assert.True(page.ReturnTotalRecordCount);
    }

    [Fact]
    public void ToQueryExpression_Result_SharesNothingWithTheInput()
    {
        var query = new QueryByAttribute("account") { ColumnSet = new ColumnSet("name") };
        query.AddAttributeValue("statecode", 0);
        query.AddOrder("name", OrderType.Ascending);

        QueryExpression expression = QueryByAttributeConverter.ToQueryExpression(query);
        query.ColumnSet.AddColumn("accountnumber");
        query.Orders[0].OrderType = OrderType.Descending;
        query.PageInfo.Count = 99;

        Assert.Equal(["name"], expression.ColumnSet.Columns);
        Assert.Equal(OrderType.Ascending, expression.Orders[0].OrderType);
        Assert.Equal(0, expression.PageInfo.Count);
    }

    [Fact]
    public void ToQueryExpression_MoreAttributesThanValues_IsRefusedWithBothCounts()
    {
        var query = new QueryByAttribute("account");
        query.Attributes.AddRange("name", "statecode");
        query.Values.Add("Contoso");

        var error = Assert.Throws<ArgumentException>(() => QueryByAttributeConverter.ToQueryExpression(query));

        Assert.Contains("2 attributes but 1 values", error.Message, StringComparison.Ordinal);
        Assert.Equal("query", error.ParamName);
    }

    [Fact]
    public void ToQueryExpression_MoreValuesThanAttributes_IsRefused()
    {
        var query = new QueryByAttribute("account");
        query.Values.AddRange("Contoso", 0);

        Assert.Throws<ArgumentException>(() => QueryByAttributeConverter.ToQueryExpression(query));
    }

    [Fact]
    public void ToQueryExpression_NoAttributes_IsRefused()
    {
        var error = Assert.Throws<ArgumentException>(() => QueryByAttributeConverter.ToQueryExpression(new QueryByAttribute("account")));

        Assert.Contains("at least one attribute", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToQueryExpression_NullValue_IsRefusedTheDataverseWay()
    {
        var query = new QueryByAttribute("account");
        query.AddAttributeValue("name", null!);

        var error = Assert.Throws<ArgumentException>(() => QueryByAttributeConverter.ToQueryExpression(query));

        Assert.Contains("'account.name': null is not a valid value", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToQueryExpression_TopWithPaging_IsRefused()
    {
        var query = new QueryByAttribute("account") { TopCount = 5, PageInfo = new PagingInfo { Count = 10, PageNumber = 1 } };
        query.AddAttributeValue("statecode", 0);

        Assert.Throws<ArgumentException>(() => QueryByAttributeConverter.ToQueryExpression(query));
    }

    [Fact]
    public void ToQueryExpression_MissingEntityName_IsRefused()
    {
        var query = new QueryByAttribute();
        query.AddAttributeValue("statecode", 0);

        Assert.Throws<ArgumentException>(() => QueryByAttributeConverter.ToQueryExpression(query));
    }

    [Fact]
    public void ToQueryExpression_Null_IsRefused()
    {
        Assert.Throws<ArgumentNullException>(() => QueryByAttributeConverter.ToQueryExpression(null!));
    }
}
