using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.Sdk.Tests.Microsoft.Xrm.Sdk.Query;

public class FilterExpressionTests
{
    [Fact]
    public void Constructor_Default_IsAnd()
    {
        Assert.Equal(LogicalOperator.And, new FilterExpression().FilterOperator);
        Assert.Equal(LogicalOperator.Or, new FilterExpression(LogicalOperator.Or).FilterOperator);
    }

    [Fact]
    public void AddCondition_Overloads_BuildTheConditions()
    {
        var filter = new FilterExpression();

        filter.AddCondition("statecode", ConditionOperator.Equal, 0);
        filter.AddCondition("contact", "lastname", ConditionOperator.In, "Lee", "Kim");
        filter.AddCondition("modifiedon", ConditionOperator.GreaterThan, true, "createdon");
        filter.AddCondition(new ConditionExpression("name", ConditionOperator.Null));

        Assert.Equal(4, filter.Conditions.Count);
        Assert.Equal(new object[] { 0 }, filter.Conditions[0].Values);
        Assert.Equal("contact", filter.Conditions[1].EntityName);
        Assert.Equal(new object[] { "Lee", "Kim" }, filter.Conditions[1].Values);
        Assert.True(filter.Conditions[2].CompareColumns);
        Assert.Empty(filter.Conditions[3].Values);
    }

    [Fact]
    public void AddFilter_Operator_AddsAndReturnsTheChild()
    {
        var filter = new FilterExpression();

        FilterExpression child = filter.AddFilter(LogicalOperator.Or);
        filter.AddFilter(new FilterExpression { IsQuickFindFilter = true });

        Assert.Same(child, filter.Filters[0]);
        Assert.Equal(LogicalOperator.Or, child.FilterOperator);
        Assert.True(filter.Filters[1].IsQuickFindFilter);
    }
}
