using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.Sdk.Tests.Microsoft.Xrm.Sdk.Query;

public class ConditionExpressionTests
{
    [Fact]
    public void Constructor_SingleValue_HoldsOneValue()
    {
        var condition = new ConditionExpression("statecode", ConditionOperator.Equal, 0);

        Assert.Equal(("statecode", ConditionOperator.Equal), (condition.AttributeName, condition.Operator));
        Assert.Equal(new object[] { 0 }, condition.Values);
        Assert.Null(condition.EntityName);
    }

    [Fact]
    public void Constructor_ParamsAndCollection_HoldEveryValue()
    {
        Assert.Equal(new object[] { 1, 2 }, new ConditionExpression("a", ConditionOperator.In, 1, 2).Values);
        Assert.Equal(new object[] { 3, 4 }, new ConditionExpression("a", ConditionOperator.In, new List<int> { 3, 4 }).Values);
    }

    [Fact]
    public void Constructor_EntityNameAndCompareColumns_SetsBoth()
    {
        var condition = new ConditionExpression("contact", "modifiedon", ConditionOperator.GreaterThan, true, "createdon");

        Assert.Equal(("contact", true), (condition.EntityName, condition.CompareColumns));
        Assert.Equal(new object[] { "createdon" }, condition.Values);
    }

    [Fact]
    public void ConditionOperator_NumbersOnTheWire_MatchTheOfficialValues()
    {
        Assert.Equal(0, (int)ConditionOperator.Equal);
        Assert.Equal(8, (int)ConditionOperator.In);
        Assert.Equal(49, (int)ConditionOperator.Contains);
        Assert.Equal(88, (int)ConditionOperator.DoesNotContainValues);
        Assert.Equal(89, Enum.GetValues<ConditionOperator>().Length);
    }
}
