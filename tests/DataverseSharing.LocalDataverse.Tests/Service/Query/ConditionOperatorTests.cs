using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.LocalDataverse.Tests.Service.Query;

/// <summary>
/// The negated, inclusive and day operators return exactly the rows Dataverse returns: inclusive bounds include
/// the bound, negated text operators keep the rows the positive one drops, and a row whose column is empty matches
/// neither a comparison nor its negation (SQL Server's null semantics), except "does not contain values".
/// </summary>
public sealed class ConditionOperatorTests : IDisposable
{
    private readonly LocalEngine engine = new();

    public ConditionOperatorTests()
    {
        Practice("Discovery questions", 12.5m, [0, 1], new DateTime(2026, 5, 1, 9, 0, 0, DateTimeKind.Utc));
        Practice("Price anchoring", -3m, [2], new DateTime(2026, 5, 2, 23, 0, 0, DateTimeKind.Utc));
        Practice("Close plan", 40m, [0], new DateTime(2026, 4, 30, 0, 0, 0, DateTimeKind.Utc));
        Practice("Reference calls", null, [], null);
    }

    public void Dispose() => engine.Dispose();

    [Theory]
    [InlineData(ConditionOperator.GreaterEqual, 12.5, new[] { "Close plan", "Discovery questions" })]
    [InlineData(ConditionOperator.GreaterThan, 12.5, new[] { "Close plan" })]
    [InlineData(ConditionOperator.LessThan, 12.5, new[] { "Price anchoring" })]
    [InlineData(ConditionOperator.LessEqual, 12.5, new[] { "Discovery questions", "Price anchoring" })]
    [InlineData(ConditionOperator.NotEqual, 12.5, new[] { "Close plan", "Price anchoring" })]
    public void RetrieveMultiple_DecimalComparison_IncludesTheBoundOnlyWhenInclusive(ConditionOperator op, double bound, string[] expected)
    {
        Assert.Equal(expected, Names(Where("dvs_effectivenessscore", op, (decimal)bound)));
    }

    [Fact]
    public void RetrieveMultiple_BetweenAndNotBetween_BoundsBelongToBetween()
    {
        Assert.Equal(["Close plan", "Discovery questions"], Names(Where("dvs_effectivenessscore", ConditionOperator.Between, 12.5m, 40m)));
        Assert.Equal(["Price anchoring"], Names(Where("dvs_effectivenessscore", ConditionOperator.NotBetween, 12.5m, 40m)));
    }

    [Theory]
    [InlineData(ConditionOperator.DoesNotBeginWith, "PRICE", new[] { "Close plan", "Discovery questions", "Reference calls" })]
    [InlineData(ConditionOperator.DoesNotEndWith, "Plan", new[] { "Discovery questions", "Price anchoring", "Reference calls" })]
    [InlineData(ConditionOperator.DoesNotContain, "ION", new[] { "Close plan", "Price anchoring", "Reference calls" })]
    [InlineData(ConditionOperator.Contains, "an", new[] { "Close plan", "Price anchoring" })]
    public void RetrieveMultiple_NegatedTextOperator_KeepsWhatThePositiveDrops(ConditionOperator op, string value, string[] expected)
    {
        Assert.Equal(expected, Names(Where("dvs_name", op, value)));
    }

    [Fact]
    public void RetrieveMultiple_DayOperators_CompareTheDateOnly()
    {
        var day = new DateTime(2026, 5, 1, 18, 30, 0, DateTimeKind.Utc);

        Assert.Equal(["Discovery questions"], Names(Where("dvs_expireson", ConditionOperator.On, day)));
        Assert.Equal(["Close plan", "Price anchoring"], Names(Where("dvs_expireson", ConditionOperator.NotOn, day)));
        Assert.Equal(["Close plan", "Discovery questions"], Names(Where("dvs_expireson", ConditionOperator.OnOrBefore, day)));
        Assert.Equal(["Discovery questions", "Price anchoring"], Names(Where("dvs_expireson", ConditionOperator.OnOrAfter, day)));
    }

    [Fact]
    public void RetrieveMultiple_NotEqualUserId_ExcludesTheCallersRows()
    {
        // Every row here is owned by the caller.
        Assert.Empty(Names(Where("ownerid", ConditionOperator.NotEqualUserId)));
        Assert.Equal(4, Names(Where("ownerid", ConditionOperator.EqualUserId)).Count);
    }

    [Fact]
    public void RetrieveMultiple_MultiSelectEqual_MatchesExactlyTheValues()
    {
        Assert.Equal(["Discovery questions"], Names(Where("dvs_salesstages", ConditionOperator.Equal, 0, 1)));
        Assert.Equal(["Close plan"], Names(Where("dvs_salesstages", ConditionOperator.Equal, 0)));
    }

    [Fact]
    public void RetrieveMultiple_DoesNotContainValues_IncludesRowsWithNoValue()
    {
        Assert.Equal(["Price anchoring", "Reference calls"], Names(Where("dvs_salesstages", ConditionOperator.DoesNotContainValues, 0, 1)));
    }

    [Fact]
    public void RetrieveMultiple_OrFilter_ReturnsRowsMatchingEitherCondition()
    {
        var query = Query();
        query.Criteria.FilterOperator = LogicalOperator.Or;
        query.Criteria.AddCondition("dvs_name", ConditionOperator.Equal, "Close plan");
        query.Criteria.AddCondition("dvs_effectivenessscore", ConditionOperator.LessThan, 0m);

        Assert.Equal(["Close plan", "Price anchoring"], Names(query));
    }

    [Fact]
    public void RetrieveMultiple_BetweenWithOneValue_FaultsNamingTheOperator()
    {
        var fault = LocalEngine.Fault(() => engine.Service.RetrieveMultiple(Where("dvs_effectivenessscore", ConditionOperator.Between, 1m)));

        Assert.Equal(DataverseSharing.LocalDataverse.Service.Faults.ErrorCodes.InvalidArgument, fault.ErrorCode);
        Assert.Contains("Between", fault.Message, StringComparison.Ordinal);
    }

    // Relative to the organization's clock, as a view such as "expiring this month" is, whenever it runs.
    [Fact]
    public void RetrieveMultiple_ThisMonth_TheClocksMonthOnly()
    {
        engine.Clock.Advance(new DateTimeOffset(2026, 4, 20, 8, 0, 0, TimeSpan.Zero) - engine.Clock.GetUtcNow());

        Assert.Equal(["Close plan"], Names(Where("dvs_expireson", ConditionOperator.ThisMonth)));
    }

    [Theory]
    [InlineData(10, new[] { "Close plan" })]
    [InlineData(11, new[] { "Close plan", "Discovery questions" })]
    [InlineData(12, new[] { "Close plan", "Discovery questions", "Price anchoring" })]
    public void RetrieveMultiple_NextXDays_FromTodayThroughTheLastDay(int days, string[] expected)
    {
        engine.Clock.Advance(new DateTimeOffset(2026, 4, 20, 8, 0, 0, TimeSpan.Zero) - engine.Clock.GetUtcNow());

        Assert.Equal(expected, Names(Where("dvs_expireson", ConditionOperator.NextXDays, days)));
    }

    [Fact]
    public void RetrieveMultiple_NextXDaysNegative_FaultsNamingTheOperator()
    {
        var fault = LocalEngine.Fault(() => engine.Service.RetrieveMultiple(Where("dvs_expireson", ConditionOperator.NextXDays, -1)));

        Assert.Equal(DataverseSharing.LocalDataverse.Service.Faults.ErrorCodes.InvalidArgument, fault.ErrorCode);
        Assert.Contains("NextXDays", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RetrieveMultiple_BeginsWithABackslash_MatchesItAsText()
    {
        Practice(@"C:\Playbooks\Discovery", null, [], null);

        Assert.Equal([@"C:\Playbooks\Discovery"], Names(Where("dvs_name", ConditionOperator.BeginsWith, @"C:\Play")));
        Assert.Empty(Names(Where("dvs_name", ConditionOperator.BeginsWith, @"C:Play")));
    }

    private static QueryExpression Query() => new("dvs_bestpractice") { ColumnSet = new ColumnSet("dvs_name") };

    private static QueryExpression Where(string column, ConditionOperator op, params object[] values)
    {
        var query = Query();
        query.Criteria.AddCondition(column, op, values);
        return query;
    }

    private List<string> Names(QueryExpression query) =>
        engine.Service.RetrieveMultiple(query).Entities.Select(e => (string)e["dvs_name"]!).Order(StringComparer.Ordinal).ToList();

    private void Practice(string name, decimal? score, int[] stages, DateTime? expires) =>
        engine.Service.Create(new Entity("dvs_bestpractice")
        {
            ["dvs_name"] = name,
            ["dvs_effectivenessscore"] = score,
            ["dvs_salesstages"] = stages.Length == 0 ? null : new OptionSetValueCollection(stages.Select(s => new OptionSetValue(s)).ToList()),
            ["dvs_expireson"] = expires,
        });
}
