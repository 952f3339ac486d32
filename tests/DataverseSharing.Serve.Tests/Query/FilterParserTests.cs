using DataverseSharing.LocalDataverse.Metadata;
using DataverseSharing.Serve.Protocol;
using DataverseSharing.Serve.Query;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.Serve.Tests.Query;

public sealed class FilterParserTests
{
    private static readonly TableDefinition Table = new("account", "accountid",
    [
        new ColumnDefinition { LogicalName = "accountid", Type = ColumnType.Uniqueidentifier, IsPrimaryId = true },
        new ColumnDefinition { LogicalName = "name", Type = ColumnType.String },
        new ColumnDefinition { LogicalName = "numberofemployees", Type = ColumnType.Integer },
        new ColumnDefinition { LogicalName = "statecode", Type = ColumnType.State },
        new ColumnDefinition { LogicalName = "primarycontactid", Type = ColumnType.Lookup, Targets = ["contact"] },
    ]);

    [Fact]
    public void Parse_AndOfComparisons_GivesOneAndFilter()
    {
        var filter = FilterParser.Parse(Table, "name eq 'O''Brien' and numberofemployees gt 10");

        Assert.Equal(LogicalOperator.And, filter.FilterOperator);
        Assert.Collection(
            filter.Conditions,
            c => Assert.Equal(("name", ConditionOperator.Equal, (object)"O'Brien"), (c.AttributeName, c.Operator, c.Values.Single())),
            c => Assert.Equal(("numberofemployees", ConditionOperator.GreaterThan, (object)10), (c.AttributeName, c.Operator, c.Values.Single())));
    }

    [Fact]
    public void Parse_OrInParentheses_NestsAnOrFilter()
    {
        var filter = FilterParser.Parse(Table, "statecode eq 0 and (contains(name,'x') or _primarycontactid_value eq null)");

        var or = Assert.Single(filter.Filters);
        Assert.Equal(LogicalOperator.Or, or.FilterOperator);
        Assert.Equal(new[] { ConditionOperator.Contains, ConditionOperator.Null }, or.Filters.Select(f => f.Conditions.Single().Operator));
        Assert.Equal(0, ((OptionSetValue)filter.Conditions.Single().Values.Single()).Value);
    }

    [Fact]
    public void Parse_InFunction_GivesAnInCondition()
    {
        var filter = FilterParser.Parse(Table, "Microsoft.Dynamics.CRM.In(PropertyName='name',PropertyValues=['a','b'])");

        var condition = filter.Conditions.Single();
        Assert.Equal(ConditionOperator.In, condition.Operator);
        Assert.Equal(new object[] { "a", "b" }, condition.Values);
    }

    [Fact]
    public void Parse_NotStartsWith_GivesDoesNotBeginWith()
    {
        Assert.Equal(ConditionOperator.DoesNotBeginWith, FilterParser.Parse(Table, "not startswith(name,'A')").Conditions.Single().Operator);
    }

    [Theory]
    [InlineData("name eq", "ends too early")]
    [InlineData("name like 'x'", "'like'")]
    [InlineData("nosuch eq 1", "nosuch")]
    [InlineData("numberofemployees eq 'ten'", "numberofemployees")]
    [InlineData("name eq 'open", "closing quote")]
    [InlineData("name eq 'a' name", "should end")]
    [InlineData("numberofemployees gt null", "null")]
    public void Parse_BadFilter_IsRefusedNamingThePart(string filter, string named)
    {
        var error = Assert.Throws<WebApiException>(() => FilterParser.Parse(Table, filter));

        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }
}
