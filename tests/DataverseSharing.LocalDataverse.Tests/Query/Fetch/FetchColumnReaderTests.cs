using DataverseSharing.LocalDataverse.Query.Fetch;

namespace DataverseSharing.LocalDataverse.Tests.Query.Fetch;

public class FetchColumnReaderTests
{
    private static FetchQuery Plain(string entityBody) =>
        FetchXmlParser.Parse($"<fetch><entity name='account'>{entityBody}</entity></fetch>");

    private static FetchQuery Aggregate(string entityBody) =>
        FetchXmlParser.Parse($"<fetch aggregate='true'><entity name='account'>{entityBody}</entity></fetch>");

    [Fact]
    public void Read_Attributes_AddColumnsInOrderWithoutDuplicates()
    {
        FetchQuery result = Plain("<attribute name='name' /><attribute name='accountnumber' /><attribute name='name' alias='n2' />");

        Assert.Equal(["name", "accountnumber"], result.Query.ColumnSet.Columns);
        Assert.Equal(3, result.Columns.Count);
        Assert.Equal("n2", result.Columns[2].Alias);
        Assert.Equal("n2", result.Columns[2].ResultName);
        Assert.Equal("name", result.Columns[0].ResultName);
    }

    [Fact]
    public void Read_AttributeLine_IsRecorded()
    {
        FetchQuery result = FetchXmlParser.Parse("<fetch>\n<entity name='account'>\n\n<attribute name='name' /></entity></fetch>");

        Assert.Equal(4, Assert.Single(result.Columns).LineNumber);
    }

    [Fact]
    public void ReadAllAttributes_SetsAllColumns()
    {
        Assert.True(Plain("<all-attributes />").Query.ColumnSet.AllColumns);
    }

    [Fact]
    public void Read_AttributeWithoutName_IsRefused()
    {
        var error = Assert.Throws<FetchXmlException>(() => Plain("<attribute alias='x' />"));

        Assert.Contains("'attribute' requires the 'name' attribute", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_BuildAndAddedBy_AreAccepted()
    {
        Assert.Single(Plain("<attribute name='name' build='1.504021' addedby='x' />").Columns);
    }

    [Fact]
    public void Read_DuplicateAlias_IsRefused()
    {
        var error = Assert.Throws<FetchXmlException>(() => Plain("<attribute name='name' alias='x' /><attribute name='accountnumber' alias='x' />"));

        Assert.Contains("alias 'x' is used by another attribute", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("count", FetchAggregateFunction.Count)]
    [InlineData("countcolumn", FetchAggregateFunction.CountColumn)]
    [InlineData("sum", FetchAggregateFunction.Sum)]
    [InlineData("avg", FetchAggregateFunction.Avg)]
    [InlineData("min", FetchAggregateFunction.Min)]
    [InlineData("max", FetchAggregateFunction.Max)]
    public void Read_AggregateFunction_IsRecordedNotSelected(string function, object expected)
    {
        FetchQuery result = Aggregate($"<attribute name='numberofemployees' alias='v' aggregate='{function}' />");

        FetchColumn column = Assert.Single(result.Aggregation!.Aggregates);
        Assert.Equal((FetchAggregateFunction)expected, column.Aggregate);
        Assert.Equal("v", column.Alias);
        Assert.Empty(result.Query.ColumnSet.Columns);
        Assert.True(result.IsAggregate);
    }

    [Fact]
    public void Read_CountColumnDistinct_IsRecorded()
    {
        FetchColumn column = Assert.Single(Aggregate("<attribute name='numberofemployees' alias='c' aggregate='countcolumn' distinct='true' />").Aggregation!.Columns);

        Assert.True(column.Distinct);
    }

    [Fact]
    public void Read_GroupByWithAggregates_SplitsGroupsFromAggregates()
    {
        FetchAggregation aggregation = Aggregate(
            "<attribute name='numberofemployees' alias='Total' aggregate='sum' />" +
            "<attribute name='address1_city' alias='Count' aggregate='count' />" +
            "<attribute name='address1_city' alias='City' groupby='true' />" +
            "<order alias='City' />").Aggregation!;

        Assert.Equal(3, aggregation.Columns.Count);
        Assert.Equal(["Total", "Count"], aggregation.Aggregates.Select(column => column.Alias));
        FetchColumn city = Assert.Single(aggregation.GroupBy);
        Assert.Equal("address1_city", city.AttributeName);
        Assert.Null(city.Aggregate);
        Assert.True(city.GroupBy);
    }

    [Theory]
    [InlineData("day", FetchDateGrouping.Day)]
    [InlineData("week", FetchDateGrouping.Week)]
    [InlineData("month", FetchDateGrouping.Month)]
    [InlineData("quarter", FetchDateGrouping.Quarter)]
    [InlineData("year", FetchDateGrouping.Year)]
    [InlineData("fiscal-period", FetchDateGrouping.FiscalPeriod)]
    [InlineData("fiscal-year", FetchDateGrouping.FiscalYear)]
    public void Read_DateGrouping_IsRecorded(string grouping, object expected)
    {
        FetchColumn column = Assert.Single(Aggregate(
            $"<attribute name='createdon' alias='g' groupby='true' dategrouping='{grouping}' />").Aggregation!.GroupBy);

        Assert.Equal((FetchDateGrouping)expected, column.DateGrouping);
        Assert.True(column.UserTimeZone);
    }

    [Fact]
    public void Read_UserTimeZoneFalse_IsRecorded()
    {
        FetchColumn column = Assert.Single(Aggregate(
            "<attribute name='createdon' alias='g' groupby='true' dategrouping='year' usertimezone='false' />").Aggregation!.Columns);

        Assert.False(column.UserTimeZone);
    }

    [Fact]
    public void Read_LinkEntityAggregate_CarriesTheLinkAlias()
    {
        FetchAggregation aggregation = Aggregate(
            "<attribute name='name' alias='accounts' aggregate='count' />" +
            "<link-entity name='contact' from='parentcustomerid' to='accountid' alias='c'>" +
            "<attribute name='fullname' alias='contacts' aggregate='countcolumn' /><attribute name='jobtitle' alias='title' groupby='true' /></link-entity>").Aggregation!;

        Assert.Null(aggregation.Columns[0].EntityAlias);
        Assert.Equal("c", aggregation.Columns[1].EntityAlias);
        Assert.Equal("c", Assert.Single(aggregation.GroupBy).EntityAlias);
    }

    [Fact]
    public void Read_AggregateWithoutAlias_IsRefusedNamingTheElementAndLine()
    {
        var error = Assert.Throws<FetchXmlException>(() => FetchXmlParser.Parse(
            "<fetch aggregate='true'>\n<entity name='account'>\n<attribute name='name' aggregate='count' /></entity></fetch>"));

        Assert.Equal(FetchXmlErrorCodes.InvalidAggregate, error.ErrorCode);
        Assert.Equal(3, error.LineNumber);
        Assert.Contains("an aggregate attribute requires an alias", error.Message, StringComparison.Ordinal);
        Assert.Contains("'attribute' element at line 3", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("aggregate='count' alias='c'", "aggregate")]
    [InlineData("groupby='true'", "groupby")]
    [InlineData("dategrouping='year'", "dategrouping")]
    [InlineData("distinct='true'", "distinct")]
    public void Read_AggregateFeatureWithoutAggregateFetch_IsRefused(string attributes, string feature)
    {
        var error = Assert.Throws<FetchXmlException>(() => Plain($"<attribute name='createdon' {attributes} />"));

        Assert.Equal(FetchXmlErrorCodes.InvalidAggregate, error.ErrorCode);
        Assert.Contains($"'{feature}' requires aggregate=\"true\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_GroupByFalseAndDistinctFalseInPlainQuery_AreHarmless()
    {
        Assert.Single(Plain("<attribute name='name' groupby='false' distinct='false' />").Columns);
    }

    [Theory]
    [InlineData("<attribute name='name' />", "needs an aggregate or groupby")]
    [InlineData("<attribute name='name' alias='a' aggregate='count' groupby='true' />", "both aggregate and group by")]
    [InlineData("<attribute name='name' alias='a' groupby='true' distinct='true' />", "distinct applies to aggregate")]
    [InlineData("<attribute name='createdon' alias='a' aggregate='max' dategrouping='year' />", "dategrouping applies to groupby")]
    [InlineData("<attribute name='name' alias='a' aggregate='median' />", "'median' is not an aggregate")]
    [InlineData("<attribute name='createdon' alias='a' groupby='true' dategrouping='decade' />", "'decade' is not a date grouping")]
    [InlineData("<attribute name='createdon' alias='a' groupby='yes' />", "must be true or false")]
    [InlineData("<all-attributes />", "cannot use all-attributes")]
    public void Read_AggregateRuleBroken_IsRefused(string attribute, string expected)
    {
        var error = Assert.Throws<FetchXmlException>(() => Aggregate(attribute));

        Assert.Equal(FetchXmlErrorCodes.InvalidAggregate, error.ErrorCode);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_RowAggregate_IsRefusedAsUnsupported()
    {
        var error = Assert.Throws<FetchXmlException>(() => Plain("<attribute name='accountid' alias='CountChildren' rowaggregate='CountChildren' />"));

        Assert.Contains("not supported by LocalDataverse", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ChildElementInsideAttribute_IsRefusedAsInvalidNode()
    {
        var error = Assert.Throws<FetchXmlException>(() => Plain("<attribute name='name'><value>x</value></attribute>"));

        Assert.Equal(FetchXmlErrorCodes.InvalidNode, error.ErrorCode);
        Assert.Contains("'value' is not a valid child of 'attribute'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TextInsideAttribute_IsRefused()
    {
        Assert.Throws<FetchXmlException>(() => Plain("<attribute name='name'>x</attribute>"));
    }

    [Fact]
    public void ReadAllAttributes_WithAttributeOrChild_IsRefused()
    {
        Assert.Throws<FetchXmlException>(() => Plain("<all-attributes name='x' />"));
        Assert.Throws<FetchXmlException>(() => Plain("<all-attributes><attribute name='x' /></all-attributes>"));
    }
}
