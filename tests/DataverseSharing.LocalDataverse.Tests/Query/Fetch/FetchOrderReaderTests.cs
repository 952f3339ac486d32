using DataverseSharing.LocalDataverse.Query.Fetch;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.LocalDataverse.Tests.Query.Fetch;

public class FetchOrderReaderTests
{
    private static OrderExpression SingleOrder(string order) =>
        Assert.Single(FetchXmlParser.Parse($"<fetch><entity name='account'>{order}</entity></fetch>").Query.Orders);

    [Fact]
    public void Read_Attribute_IsAscendingByDefault()
    {
        OrderExpression order = SingleOrder("<order attribute='name' />");

        Assert.Equal("name", order.AttributeName);
        Assert.Equal(OrderType.Ascending, order.OrderType);
        Assert.Null(order.Alias);
        Assert.Null(order.EntityName);
    }

    [Theory]
    [InlineData("true", OrderType.Descending)]
    [InlineData("1", OrderType.Descending)]
    [InlineData("True", OrderType.Descending)]
    [InlineData("false", OrderType.Ascending)]
    [InlineData("0", OrderType.Ascending)]
    public void Read_Descending_SetsDirection(string descending, OrderType expected)
    {
        Assert.Equal(expected, SingleOrder($"<order attribute='name' descending='{descending}' />").OrderType);
    }

    [Fact]
    public void Read_BadDescending_IsRefused()
    {
        var error = Assert.Throws<FetchXmlException>(() => SingleOrder("<order attribute='name' descending='down' />"));

        Assert.Contains("'descending' attribute must be true or false", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_AliasInPlainQuery_SortsOnTheColumnAlias()
    {
        OrderExpression order = SingleOrder("<attribute name='name' alias='n' /><order alias='n' />");

        Assert.Equal("n", order.Alias);
        Assert.Equal(string.Empty, order.AttributeName);
    }

    [Fact]
    public void Read_NeitherAttributeNorAlias_IsRefused()
    {
        var error = Assert.Throws<FetchXmlException>(() => SingleOrder("<order descending='true' />"));

        Assert.Contains("requires the 'attribute' attribute", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_AggregateOrderByAlias_IsAliasOnly()
    {
        OrderExpression order = Assert.Single(FetchXmlParser.Parse(
            "<fetch aggregate='true'><entity name='account'><attribute name='name' alias='c' aggregate='count' /><order alias='c' descending='true' /></entity></fetch>").Query.Orders);

        Assert.Equal("c", order.Alias);
        Assert.Equal(OrderType.Descending, order.OrderType);
    }

    [Theory]
    [InlineData("<order attribute='name' />", "must name the alias")]
    [InlineData("<order attribute='name' alias='c' />", "sorts on an alias, not an attribute")]
    public void Read_AggregateOrderOnAttribute_IsRefused(string order, string expected)
    {
        var error = Assert.Throws<FetchXmlException>(() => FetchXmlParser.Parse(
            $"<fetch aggregate='true'><entity name='account'><attribute name='name' alias='c' aggregate='count' />{order}</entity></fetch>"));

        Assert.Equal(FetchXmlErrorCodes.InvalidAggregate, error.ErrorCode);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UnknownOrderAttribute_IsRefused()
    {
        Assert.Throws<FetchXmlException>(() => SingleOrder("<order attribute='name' direction='desc' />"));
    }
}
