using DataverseSharing.LocalDataverse.Query.Fetch;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.LocalDataverse.Tests.Query.Fetch;

public class FetchFilterReaderTests
{
    private static FilterExpression Criteria(string filter) =>
        FetchXmlParser.Parse($"<fetch><entity name='account'>{filter}</entity></fetch>").Query.Criteria;

    private static ConditionExpression Condition(string condition) =>
        Assert.Single(Criteria($"<filter>{condition}</filter>").Conditions);

    [Fact]
    public void Read_EqCondition_KeepsTheValueAsString()
    {
        ConditionExpression condition = Condition("<condition attribute='address1_city' operator='eq' value='Redmond' />");

        Assert.Equal("address1_city", condition.AttributeName);
        Assert.Equal(ConditionOperator.Equal, condition.Operator);
        Assert.Equal(["Redmond"], condition.Values);
        Assert.Null(condition.EntityName);
        Assert.False(condition.CompareColumns);
    }

    [Fact]
    public void Read_FilterTypeDefault_IsAnd()
    {
        Assert.Equal(LogicalOperator.And, Criteria("<filter><condition attribute='a' operator='null' /></filter>").FilterOperator);
    }

    [Theory]
    [InlineData("and", LogicalOperator.And)]
    [InlineData("or", LogicalOperator.Or)]
    [InlineData("OR", LogicalOperator.Or)]
    public void Read_FilterType_MapsToLogicalOperator(string type, LogicalOperator expected)
    {
        Assert.Equal(expected, Criteria($"<filter type='{type}' />").FilterOperator);
    }

    [Fact]
    public void Read_BadFilterType_IsRefusedWithFilterTypeCode()
    {
        var error = Assert.Throws<FetchXmlException>(() => Criteria("<filter type='xor' />"));

        Assert.Equal(FetchXmlErrorCodes.InvalidFilterType, error.ErrorCode);
    }

    [Fact]
    public void Read_QuickFindFilter_IsFlagged()
    {
        Assert.True(Criteria("<filter isquickfindfields='1' />").IsQuickFindFilter);
    }

    [Fact]
    public void Read_NestedFilters_KeepStructureAndOrder()
    {
        FilterExpression criteria = Criteria(
            "<filter type='and'><condition attribute='statecode' operator='eq' value='0' />" +
            "<filter type='or'><condition attribute='createdon' operator='on-or-after' value='2019-01-01' />" +
            "<filter><condition attribute='a' operator='null' /><condition attribute='b' operator='null' /></filter></filter></filter>");

        Assert.Equal("statecode", Assert.Single(criteria.Conditions).AttributeName);
        FilterExpression or = Assert.Single(criteria.Filters);
        Assert.Equal(LogicalOperator.Or, or.FilterOperator);
        Assert.Equal(ConditionOperator.OnOrAfter, Assert.Single(or.Conditions).Operator);
        FilterExpression inner = Assert.Single(or.Filters);
        Assert.Equal(["a", "b"], inner.Conditions.Select(condition => condition.AttributeName));
    }

    [Fact]
    public void Read_InWithValueElements_KeepsEveryValueInOrder()
    {
        ConditionExpression condition = Condition(
            "<condition attribute='address1_city' operator='in'><value>Redmond</value><value uiname='x' uitype='y'>Seattle</value><value>Bellevue</value></condition>");

        Assert.Equal(ConditionOperator.In, condition.Operator);
        Assert.Equal(["Redmond", "Seattle", "Bellevue"], condition.Values);
    }

    [Fact]
    public void Read_BetweenWithTwoValues_KeepsBoth()
    {
        ConditionExpression condition = Condition("<condition attribute='numberofemployees' operator='between'><value>6</value><value>20</value></condition>");

        Assert.Equal(["6", "20"], condition.Values);
    }

    [Fact]
    public void Read_SingleValueAsElement_IsAccepted()
    {
        Assert.Equal(["x"], Condition("<condition attribute='name' operator='eq'><value>x</value></condition>").Values);
    }

    [Fact]
    public void Read_ValueTextWithEscapesAndSpaces_IsKeptVerbatim()
    {
        Assert.Equal(["A &amp; B "], Condition("<condition attribute='name' operator='eq' value='A &amp;amp; B ' />").Values);
    }

    [Theory]
    [InlineData("<condition attribute='a' operator='in' />", "one or more value elements, given none")]
    [InlineData("<condition attribute='a' operator='between'><value>1</value></condition>", "exactly two value elements, given 1")]
    [InlineData("<condition attribute='a' operator='eq' />", "exactly one value, given 0")]
    [InlineData("<condition attribute='a' operator='eq'><value>1</value><value>2</value></condition>", "exactly one value, given 2")]
    [InlineData("<condition attribute='a' operator='null' value='x' />", "takes no value")]
    [InlineData("<condition attribute='a' operator='last-x-days' value='seven' />", "takes whole numbers, not 'seven'")]
    [InlineData("<condition attribute='a' operator='in' value='1'><value>2</value></condition>", "not both")]
    public void Read_WrongValues_AreRefused(string condition, string expected)
    {
        var error = Assert.Throws<FetchXmlException>(() => Condition(condition));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Contains("'condition' element", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_InWithoutValues_NamesTheLineOfTheCondition()
    {
        var error = Assert.Throws<FetchXmlException>(() => FetchXmlParser.Parse(
            "<fetch>\n  <entity name='account'>\n    <filter>\n      <condition attribute='a' operator='in' />\n    </filter>\n  </entity>\n</fetch>"));

        Assert.Equal(4, error.LineNumber);
        Assert.Equal(8, error.LinePosition);
    }

    [Fact]
    public void Read_UnknownOperator_IsRefusedWithOperatorCodeAtTheOperatorAttribute()
    {
        var error = Assert.Throws<FetchXmlException>(() => FetchXmlParser.Parse(
            "<fetch><entity name='account'>\n<filter><condition attribute='a' operator='equals' value='1' /></filter></entity></fetch>"));

        Assert.Equal(FetchXmlErrorCodes.InvalidConditionOperator, error.ErrorCode);
        Assert.Equal(2, error.LineNumber);
        Assert.Equal(34, error.LinePosition);
        Assert.Contains("'equals' is not a valid condition operator", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("contains")]
    [InlineData("not-contain")]
    public void Read_ContainsOperator_IsRefusedWithTheLikeHint(string name)
    {
        var error = Assert.Throws<FetchXmlException>(() => Condition($"<condition attribute='name' operator='{name}' value='x' />"));

        Assert.Contains("use like or not-like", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_OperatorIsCaseSensitiveLikeTheSchema()
    {
        Assert.Throws<FetchXmlException>(() => Condition("<condition attribute='name' operator='EQ' value='x' />"));
    }

    [Theory]
    [InlineData("<condition operator='eq' value='x' />", "requires the 'attribute' attribute")]
    [InlineData("<condition attribute='a' value='x' />", "requires the 'operator' attribute")]
    [InlineData("<condition attribute='a' operator='eq' value='x' colour='red' />", "'colour' is not valid on 'condition'")]
    [InlineData("<condition column='a' attribute='a' operator='eq' value='x' />", "'column' is not supported")]
    [InlineData("<condition attribute='a' operator='eq' value='x' aggregate='count' />", "'aggregate' is not supported")]
    [InlineData("<condition attribute='a' operator='in'><item>1</item></condition>", "'item' is not a valid child of 'condition'")]
    [InlineData("<condition attribute='a' operator='in'><value><b>1</b></value></condition>", "'value' cannot contain elements")]
    [InlineData("<condition attribute='a' operator='in'><value colour='red'>1</value></condition>", "'colour' is not valid on 'value'")]
    public void Read_BadCondition_IsRefused(string condition, string expected)
    {
        var error = Assert.Throws<FetchXmlException>(() => Condition(condition));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_EmptyValueOnOperatorWithoutValues_IsDropped()
    {
        ConditionExpression condition = Condition("<condition attribute='name' operator='null' value='' />");

        Assert.Equal(ConditionOperator.Null, condition.Operator);
        Assert.Empty(condition.Values);
    }

    [Fact]
    public void Read_EmptyValueOnEq_IsKeptAsEmptyText()
    {
        Assert.Equal([string.Empty], Condition("<condition attribute='name' operator='eq' value='' />").Values);
    }

    [Fact]
    public void Read_UiAttributes_AreAccepted()
    {
        ConditionExpression condition = Condition(
            "<condition attribute='primarycontactid' operator='eq' value='{E062B974-7F8D-DC11-9048-0003FF27AC3B}' uiname='Nancy' uitype='contact' uihidden='1' />");

        Assert.Equal(["{E062B974-7F8D-DC11-9048-0003FF27AC3B}"], condition.Values);
    }

    [Theory]
    [InlineData("eq", ConditionOperator.Equal)]
    [InlineData("ne", ConditionOperator.NotEqual)]
    [InlineData("gt", ConditionOperator.GreaterThan)]
    [InlineData("ge", ConditionOperator.GreaterEqual)]
    [InlineData("lt", ConditionOperator.LessThan)]
    [InlineData("le", ConditionOperator.LessEqual)]
    public void Read_ValueOf_IsAColumnComparison(string name, ConditionOperator expected)
    {
        ConditionExpression condition = Condition($"<condition attribute='firstname' operator='{name}' valueof='lastname' />");

        Assert.True(condition.CompareColumns);
        Assert.Equal(expected, condition.Operator);
        Assert.Equal(["lastname"], condition.Values);
    }

    [Theory]
    [InlineData("<condition attribute='a' operator='like' valueof='b' />", "valueof only works with")]
    [InlineData("<condition attribute='a' operator='eq' valueof='b' value='c' />", "not both")]
    [InlineData("<condition attribute='a' operator='eq' valueof='' />", "valueof must name a column")]
    public void Read_BadValueOf_IsRefused(string condition, string expected)
    {
        var error = Assert.Throws<FetchXmlException>(() => Condition(condition));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ConditionInsideLinkFilter_StaysOnTheLink()
    {
        LinkEntity link = Assert.Single(FetchXmlParser.Parse(
            "<fetch><entity name='account'><link-entity name='contact' from='contactid' to='primarycontactid' alias='c'>" +
            "<filter><condition attribute='statecode' operator='eq' value='0' /></filter></link-entity></entity></fetch>").Query.LinkEntities);

        Assert.Equal("statecode", Assert.Single(link.LinkCriteria.Conditions).AttributeName);
    }

    [Fact]
    public void Read_UnknownFilterAttributeOrChild_IsRefused()
    {
        Assert.Throws<FetchXmlException>(() => Criteria("<filter kind='and' />"));
        Assert.Throws<FetchXmlException>(() => Criteria("<filter><attribute name='a' /></filter>"));
    }
}
