using DataverseSharing.LocalDataverse.Service.Faults;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.LocalDataverse.Tests.Service.Query;

public sealed class RetrieveMultipleTests : IDisposable
{
    private readonly LocalEngine engine = new();

    public RetrieveMultipleTests()
    {
        Practice("Discovery questions", 617420001, approved: true, score: 12.5m, stages: [0, 1], key: "p-discovery", industries: "Manufacturing; Retail");
        Practice("Price anchoring", 617420006, approved: true, score: -3m, stages: [2], key: "p-pricing", industries: "Retail");
        Practice("Close plan", 617420009, approved: false, score: 40m, stages: [3], key: "p-close", industries: null);
        Practice("100% reference calls", 617420004, approved: true, score: null, stages: [], key: "p-demo_ref", industries: "Finance");
    }

    public void Dispose() => engine.Dispose();

    [Fact]
    public void RetrieveMultiple_NoCriteria_ReturnsEveryRow()
    {
        var result = engine.Service.RetrieveMultiple(new QueryExpression("dvs_bestpractice") { ColumnSet = new ColumnSet("dvs_name") });

        Assert.Equal(4, result.Entities.Count);
        Assert.Equal("dvs_bestpractice", result.EntityName);
        Assert.False(result.MoreRecords);
    }

    [Theory]
    [InlineData(ConditionOperator.Equal, "discovery questions", new[] { "Discovery questions" })]
    [InlineData(ConditionOperator.NotEqual, "Close plan", new[] { "100% reference calls", "Discovery questions", "Price anchoring" })]
    [InlineData(ConditionOperator.BeginsWith, "pri", new[] { "Price anchoring" })]
    [InlineData(ConditionOperator.EndsWith, "PLAN", new[] { "Close plan" })]
    [InlineData(ConditionOperator.Contains, "tion", new[] { "Discovery questions" })]
    [InlineData(ConditionOperator.BeginsWith, "100%", new[] { "100% reference calls" })]
    [InlineData(ConditionOperator.Like, "%an%", new[] { "Close plan", "Price anchoring" })]
    [InlineData(ConditionOperator.NotLike, "%an%", new[] { "100% reference calls", "Discovery questions" })]
    public void RetrieveMultiple_TextOperators_MatchCaseInsensitively(ConditionOperator op, string value, string[] expected)
    {
        Assert.Equal(expected, Names(Where("dvs_name", op, value)));
    }

    [Fact]
    public void RetrieveMultiple_BeginsWith_TreatsWildcardsInTheValueAsText()
    {
        Assert.Empty(Names(Where("dvs_practicekey", ConditionOperator.BeginsWith, "p_")));
        Assert.Equal(["100% reference calls"], Names(Where("dvs_practicekey", ConditionOperator.EndsWith, "_ref")));
    }

    [Fact]
    public void RetrieveMultiple_ChoiceEqual_AcceptsOptionSetValueOrInt()
    {
        Assert.Equal(["Price anchoring"], Names(Where("dvs_topic", ConditionOperator.Equal, new OptionSetValue(617420006))));
        Assert.Equal(["Price anchoring"], Names(Where("dvs_topic", ConditionOperator.Equal, 617420006)));
    }

    [Fact]
    public void RetrieveMultiple_In_MatchesAnyValue()
    {
        Assert.Equal(["Close plan", "Price anchoring"], Names(Where("dvs_topic", ConditionOperator.In, 617420006, 617420009)));
        Assert.Equal(["Close plan", "Price anchoring"], Names(Where("dvs_topic", ConditionOperator.In, new[] { 617420006, 617420009 })));
        Assert.Equal(["100% reference calls", "Discovery questions"], Names(Where("dvs_topic", ConditionOperator.NotIn, 617420006, 617420009)));
    }

    [Fact]
    public void RetrieveMultiple_DecimalComparisons_AreNumeric()
    {
        Assert.Equal(["Close plan", "Discovery questions"], Names(Where("dvs_effectivenessscore", ConditionOperator.GreaterThan, 5m)));
        Assert.Equal(["Price anchoring"], Names(Where("dvs_effectivenessscore", ConditionOperator.LessEqual, -3)));
        Assert.Equal(["Discovery questions"], Names(Where("dvs_effectivenessscore", ConditionOperator.Between, 0m, 20m)));
    }

    [Fact]
    public void RetrieveMultiple_NullAndNotNull_TestPresence()
    {
        Assert.Equal(["100% reference calls"], Names(Where("dvs_effectivenessscore", ConditionOperator.Null)));
        Assert.Equal(["Close plan"], Names(Where("dvs_industries", ConditionOperator.Null)));
        Assert.Equal(3, Names(Where("dvs_industries", ConditionOperator.NotNull)).Count);
    }

    [Fact]
    public void RetrieveMultiple_ContainValues_MatchesMultiSelectChoices()
    {
        Assert.Equal(["Discovery questions"], Names(Where("dvs_salesstages", ConditionOperator.ContainValues, 1)));
        Assert.Equal(["Discovery questions", "Price anchoring"], Names(Where("dvs_salesstages", ConditionOperator.ContainValues, 0, 2)));
        Assert.Equal(["100% reference calls", "Close plan", "Price anchoring"], Names(Where("dvs_salesstages", ConditionOperator.DoesNotContainValues, 0)));
    }

    [Fact]
    public void RetrieveMultiple_StatusCondition_FiltersApprovedPractices()
    {
        Assert.Equal(["100% reference calls", "Discovery questions", "Price anchoring"], Names(Where("statuscode", ConditionOperator.Equal, 617420001)));
    }

    [Fact]
    public void RetrieveMultiple_NestedFilters_CombineAndWithOr()
    {
        var query = Query();
        query.Criteria.AddCondition("statuscode", ConditionOperator.Equal, 617420001);
        var either = query.Criteria.AddFilter(LogicalOperator.Or);
        either.AddCondition("dvs_industries", ConditionOperator.Like, "%Finance%");
        var both = new FilterExpression(LogicalOperator.And);
        both.AddCondition("dvs_topic", ConditionOperator.Equal, 617420001);
        both.AddCondition("dvs_effectivenessscore", ConditionOperator.GreaterThan, 10);
        either.AddFilter(both);

        Assert.Equal(["100% reference calls", "Discovery questions"], Names(query));
    }

    [Fact]
    public void RetrieveMultiple_LookupCondition_AcceptsGuidAndReference()
    {
        var opportunity = engine.CreateOpportunity();
        var id = engine.Service.Create(new Entity("dvs_bestpractice") { ["dvs_name"] = "From deal", ["dvs_sourceopportunityid"] = new EntityReference("opportunity", opportunity) });

        Assert.Equal([id], engine.Service.RetrieveMultiple(Where("dvs_sourceopportunityid", ConditionOperator.Equal, opportunity)).Entities.Select(e => e.Id));
        Assert.Equal([id], engine.Service.RetrieveMultiple(Where("dvs_sourceopportunityid", ConditionOperator.Equal, new EntityReference("opportunity", opportunity))).Entities.Select(e => e.Id));
    }

    [Fact]
    public void RetrieveMultiple_OwnerEqualUserId_FindsTheCallersRows()
    {
        Assert.Equal(4, Names(Where("ownerid", ConditionOperator.EqualUserId)).Count);
    }

    [Fact]
    public void RetrieveMultiple_DateOperators_CompareDays()
    {
        var id = engine.Service.Create(new Entity("dvs_bestpractice") { ["dvs_name"] = "Dated", ["dvs_expireson"] = new DateTime(2026, 5, 1, 0, 0, 0, DateTimeKind.Utc) });

        Assert.Equal([id], engine.Service.RetrieveMultiple(Where("dvs_expireson", ConditionOperator.On, new DateTime(2026, 5, 1, 15, 0, 0, DateTimeKind.Utc))).Entities.Select(e => e.Id));
        Assert.Equal([id], engine.Service.RetrieveMultiple(Where("dvs_expireson", ConditionOperator.OnOrAfter, new DateTime(2026, 4, 30, 0, 0, 0, DateTimeKind.Utc))).Entities.Select(e => e.Id));
        Assert.Empty(engine.Service.RetrieveMultiple(Where("dvs_expireson", ConditionOperator.LessThan, new DateTime(2026, 4, 30, 0, 0, 0, DateTimeKind.Utc))).Entities);
    }

    [Fact]
    public void RetrieveMultiple_Orders_SortByColumnsThenKey()
    {
        var query = Query();
        query.AddOrder("dvs_effectivenessscore", OrderType.Descending);

        Assert.Equal(["Close plan", "Discovery questions", "Price anchoring", "100% reference calls"], engine.Service.RetrieveMultiple(query).Entities.Select(e => (string)e["dvs_name"]!));
    }

    [Fact]
    public void RetrieveMultiple_Paging_ReturnsPagesWithMoreRecords()
    {
        var query = Query();
        query.AddOrder("dvs_name", OrderType.Ascending);
        query.PageInfo = new PagingInfo { Count = 3, PageNumber = 1 };
        var first = engine.Service.RetrieveMultiple(query);
        query.PageInfo = new PagingInfo { Count = 3, PageNumber = 2, PagingCookie = first.PagingCookie };
        var second = engine.Service.RetrieveMultiple(query);

        Assert.Equal(3, first.Entities.Count);
        Assert.True(first.MoreRecords);
        Assert.NotNull(first.PagingCookie);
        Assert.Equal(["Price anchoring"], second.Entities.Select(e => (string)e["dvs_name"]!));
        Assert.False(second.MoreRecords);
    }

    [Fact]
    public void RetrieveMultiple_ReturnTotalRecordCount_CountsEveryMatchingRow()
    {
        var query = Query();
        query.Criteria.AddCondition("statuscode", ConditionOperator.Equal, 617420001);
        query.PageInfo = new PagingInfo { Count = 1, PageNumber = 1, ReturnTotalRecordCount = true };

        var result = engine.Service.RetrieveMultiple(query);

        Assert.Single(result.Entities);
        Assert.Equal(3, result.TotalRecordCount);
        Assert.False(result.TotalRecordCountLimitExceeded);
    }

    [Fact]
    public void RetrieveMultiple_WithoutTotalRecordCount_ReportsMinusOne()
    {
        Assert.Equal(-1, engine.Service.RetrieveMultiple(Query()).TotalRecordCount);
    }

    [Fact]
    public void RetrieveMultiple_TopCount_LimitsRows()
    {
        var query = Query();
        query.TopCount = 2;

        Assert.Equal(2, engine.Service.RetrieveMultiple(query).Entities.Count);
    }

    [Fact]
    public void RetrieveMultiple_QueryByAttribute_FiltersByEquality()
    {
        var query = new QueryByAttribute("dvs_bestpractice") { ColumnSet = new ColumnSet("dvs_name") };
        query.AddAttributeValue("dvs_practicekey", "p-pricing");

        Assert.Equal(["Price anchoring"], engine.Service.RetrieveMultiple(query).Entities.Select(e => (string)e["dvs_name"]!));
    }

    [Fact]
    public void RetrieveMultiple_ValueThatLooksLikeSql_IsOnlyAValue()
    {
        Assert.Empty(Names(Where("dvs_name", ConditionOperator.Equal, "x' OR '1'='1")));
        Assert.Equal(4, Names(Query()).Count);
    }

    [Fact]
    public void RetrieveMultiple_UnknownColumnInCondition_Faults()
    {
        Assert.Equal(ErrorCodes.QueryBuilderNoAttribute, LocalEngine.Fault(() => engine.Service.RetrieveMultiple(Where("nope", ConditionOperator.Equal, 1))).ErrorCode);
    }

    [Fact]
    public void RetrieveMultiple_UnknownColumnInOrder_Faults()
    {
        var query = Query();
        query.AddOrder("nope", OrderType.Ascending);

        Assert.Equal(ErrorCodes.QueryBuilderNoAttribute, LocalEngine.Fault(() => engine.Service.RetrieveMultiple(query)).ErrorCode);
    }

    [Fact]
    public void RetrieveMultiple_UnsupportedOperator_FaultsNamingIt()
    {
        var fault = LocalEngine.Fault(() => engine.Service.RetrieveMultiple(Where("createdon", ConditionOperator.LastXDays, 3)));

        Assert.Contains("LastXDays", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RetrieveMultiple_FetchExpressionWithoutEntity_FaultsFromTheParser()
    {
        Assert.Contains("entity", LocalEngine.Fault(() => engine.Service.RetrieveMultiple(new FetchExpression("<fetch/>"))).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RetrieveMultiple_ConditionValueOfWrongShape_Faults()
    {
        Assert.Equal(ErrorCodes.InvalidArgument, LocalEngine.Fault(() => engine.Service.RetrieveMultiple(Where("dvs_version", ConditionOperator.Equal, "three"))).ErrorCode);
    }

    private static QueryExpression Query() => new("dvs_bestpractice") { ColumnSet = new ColumnSet("dvs_name", "dvs_effectivenessscore") };

    private static QueryExpression Where(string column, ConditionOperator op, params object[] values)
    {
        var query = Query();
        query.Criteria.AddCondition(column, op, values);
        return query;
    }

    private List<string> Names(QueryExpression query) =>
        engine.Service.RetrieveMultiple(query).Entities.Select(e => (string)e["dvs_name"]!).Order(StringComparer.Ordinal).ToList();

    private void Practice(string name, int topic, bool approved, decimal? score, int[] stages, string key, string? industries)
    {
        var entity = new Entity("dvs_bestpractice")
        {
            ["dvs_name"] = name,
            ["dvs_topic"] = new OptionSetValue(topic),
            ["dvs_effectivenessscore"] = score,
            ["dvs_salesstages"] = stages.Length == 0 ? null : new OptionSetValueCollection(stages.Select(s => new OptionSetValue(s)).ToList()),
            ["dvs_practicekey"] = key,
            ["dvs_industries"] = industries,
        };
        if (approved)
        {
            entity["statuscode"] = new OptionSetValue(617420001);
        }

        engine.Service.Create(entity);
    }
}
