using System.Xml.Linq;
using DataverseSharing.LocalDataverse.Query.Fetch;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.LocalDataverse.Tests.Query.Fetch;

public class FetchConditionOperatorsTests
{
    public static TheoryData<string, ConditionOperator> Mappings => new()
    {
        { "eq", ConditionOperator.Equal },
        { "neq", ConditionOperator.NotEqual },
        { "ne", ConditionOperator.NotEqual },
        { "gt", ConditionOperator.GreaterThan },
        { "ge", ConditionOperator.GreaterEqual },
        { "lt", ConditionOperator.LessThan },
        { "le", ConditionOperator.LessEqual },
        { "like", ConditionOperator.Like },
        { "not-like", ConditionOperator.NotLike },
        { "in", ConditionOperator.In },
        { "not-in", ConditionOperator.NotIn },
        { "between", ConditionOperator.Between },
        { "not-between", ConditionOperator.NotBetween },
        { "null", ConditionOperator.Null },
        { "not-null", ConditionOperator.NotNull },
        { "yesterday", ConditionOperator.Yesterday },
        { "today", ConditionOperator.Today },
        { "tomorrow", ConditionOperator.Tomorrow },
        { "last-seven-days", ConditionOperator.Last7Days },
        { "next-seven-days", ConditionOperator.Next7Days },
        { "last-week", ConditionOperator.LastWeek },
        { "this-week", ConditionOperator.ThisWeek },
        { "next-week", ConditionOperator.NextWeek },
        { "last-month", ConditionOperator.LastMonth },
        { "this-month", ConditionOperator.ThisMonth },
        { "next-month", ConditionOperator.NextMonth },
        { "on", ConditionOperator.On },
        { "on-or-before", ConditionOperator.OnOrBefore },
        { "on-or-after", ConditionOperator.OnOrAfter },
        { "last-year", ConditionOperator.LastYear },
        { "this-year", ConditionOperator.ThisYear },
        { "next-year", ConditionOperator.NextYear },
        { "last-x-hours", ConditionOperator.LastXHours },
        { "next-x-hours", ConditionOperator.NextXHours },
        { "last-x-days", ConditionOperator.LastXDays },
        { "next-x-days", ConditionOperator.NextXDays },
        { "last-x-weeks", ConditionOperator.LastXWeeks },
        { "next-x-weeks", ConditionOperator.NextXWeeks },
        { "last-x-months", ConditionOperator.LastXMonths },
        { "next-x-months", ConditionOperator.NextXMonths },
        { "olderthan-x-months", ConditionOperator.OlderThanXMonths },
        { "olderthan-x-years", ConditionOperator.OlderThanXYears },
        { "olderthan-x-weeks", ConditionOperator.OlderThanXWeeks },
        { "olderthan-x-days", ConditionOperator.OlderThanXDays },
        { "olderthan-x-hours", ConditionOperator.OlderThanXHours },
        { "olderthan-x-minutes", ConditionOperator.OlderThanXMinutes },
        { "last-x-years", ConditionOperator.LastXYears },
        { "next-x-years", ConditionOperator.NextXYears },
        { "eq-userid", ConditionOperator.EqualUserId },
        { "ne-userid", ConditionOperator.NotEqualUserId },
        { "eq-userteams", ConditionOperator.EqualUserTeams },
        { "eq-useroruserteams", ConditionOperator.EqualUserOrUserTeams },
        { "eq-useroruserhierarchy", ConditionOperator.EqualUserOrUserHierarchy },
        { "eq-useroruserhierarchyandteams", ConditionOperator.EqualUserOrUserHierarchyAndTeams },
        { "eq-businessid", ConditionOperator.EqualBusinessId },
        { "ne-businessid", ConditionOperator.NotEqualBusinessId },
        { "eq-userlanguage", ConditionOperator.EqualUserLanguage },
        { "this-fiscal-year", ConditionOperator.ThisFiscalYear },
        { "this-fiscal-period", ConditionOperator.ThisFiscalPeriod },
        { "next-fiscal-year", ConditionOperator.NextFiscalYear },
        { "next-fiscal-period", ConditionOperator.NextFiscalPeriod },
        { "last-fiscal-year", ConditionOperator.LastFiscalYear },
        { "last-fiscal-period", ConditionOperator.LastFiscalPeriod },
        { "last-x-fiscal-years", ConditionOperator.LastXFiscalYears },
        { "last-x-fiscal-periods", ConditionOperator.LastXFiscalPeriods },
        { "next-x-fiscal-years", ConditionOperator.NextXFiscalYears },
        { "next-x-fiscal-periods", ConditionOperator.NextXFiscalPeriods },
        { "in-fiscal-year", ConditionOperator.InFiscalYear },
        { "in-fiscal-period", ConditionOperator.InFiscalPeriod },
        { "in-fiscal-period-and-year", ConditionOperator.InFiscalPeriodAndYear },
        { "in-or-before-fiscal-period-and-year", ConditionOperator.InOrBeforeFiscalPeriodAndYear },
        { "in-or-after-fiscal-period-and-year", ConditionOperator.InOrAfterFiscalPeriodAndYear },
        { "begins-with", ConditionOperator.BeginsWith },
        { "not-begin-with", ConditionOperator.DoesNotBeginWith },
        { "ends-with", ConditionOperator.EndsWith },
        { "not-end-with", ConditionOperator.DoesNotEndWith },
        { "under", ConditionOperator.Under },
        { "eq-or-under", ConditionOperator.UnderOrEqual },
        { "not-under", ConditionOperator.NotUnder },
        { "above", ConditionOperator.Above },
        { "eq-or-above", ConditionOperator.AboveOrEqual },
        { "contain-values", ConditionOperator.ContainValues },
        { "not-contain-values", ConditionOperator.DoesNotContainValues },
    };

    [Theory]
    [MemberData(nameof(Mappings))]
    public void TryGetByName_EveryFetchOperator_MapsLikeTheSdk(string name, ConditionOperator expected)
    {
        Assert.True(FetchConditionOperators.TryGetByName(name, out FetchOperatorInfo? info));
        Assert.Equal(expected, info.Operator);
        Assert.Equal(name, info.Name);
    }

    [Theory]
    [MemberData(nameof(Mappings))]
    public void Parse_EveryFetchOperatorWithTheValuesItTakes_ProducesTheSdkOperator(string name, ConditionOperator expected)
    {
        FetchConditionOperators.TryGetByName(name, out FetchOperatorInfo? info);
        string values = info!.Arity switch
        {
            FetchValueArity.None => string.Empty,
            FetchValueArity.One => "<value>3</value>",
            _ => "<value>3</value><value>2024</value>",
        };

        ConditionExpression condition = Assert.Single(FetchXmlParser.Parse(
            $"<fetch><entity name='account'><filter><condition attribute='a' operator='{name}'>{values}</condition></filter></entity></fetch>").Query.Criteria.Conditions);

        Assert.Equal(expected, condition.Operator);
        Assert.Equal(info.Arity switch { FetchValueArity.None => 0, FetchValueArity.One => 1, _ => 2 }, condition.Values.Count);
    }

    [Fact]
    public void All_IsExactlyTheOperatorEnumerationOfThePublishedSchema()
    {
        XNamespace xs = "http://www.w3.org/2001/XMLSchema";
        var schema = XDocument.Load(Path.Combine(AppContext.BaseDirectory, "Solution", "Schemas", "9.0.0.2090", "Fetch.xsd"));
        string[] schemaOperators = schema.Descendants(xs + "simpleType")
            .Single(type => (string?)type.Attribute("name") == "operator")
            .Descendants(xs + "enumeration")
            .Select(enumeration => (string)enumeration.Attribute("value")!)
            .Order(StringComparer.Ordinal)
            .ToArray();

        Assert.Equal(schemaOperators, FetchConditionOperators.All.Select(info => info.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Mappings_CoverEveryOperatorOfAll()
    {
        Assert.Equal(FetchConditionOperators.All.Count, Mappings.Count);
    }

    [Theory]
    [InlineData(ConditionOperator.NotEqual, "ne")]
    [InlineData(ConditionOperator.Last7Days, "last-seven-days")]
    [InlineData(ConditionOperator.UnderOrEqual, "eq-or-under")]
    [InlineData(ConditionOperator.DoesNotBeginWith, "not-begin-with")]
    public void TryGetByOperator_SdkOperator_GivesTheFetchName(ConditionOperator conditionOperator, string expected)
    {
        Assert.True(FetchConditionOperators.TryGetByOperator(conditionOperator, out FetchOperatorInfo? info));
        Assert.Equal(expected, info.Name);
    }

    [Theory]
    [InlineData(ConditionOperator.Contains)]
    [InlineData(ConditionOperator.DoesNotContain)]
    [InlineData(ConditionOperator.ChildOf)]
    [InlineData(ConditionOperator.Mask)]
    [InlineData(ConditionOperator.NotMask)]
    [InlineData(ConditionOperator.MasksSelect)]
    [InlineData(ConditionOperator.NotOn)]
    public void TryGetByOperator_SdkOnlyOperator_IsNotFetchXml(ConditionOperator conditionOperator)
    {
        Assert.False(FetchConditionOperators.TryGetByOperator(conditionOperator, out _));
    }

    [Theory]
    [InlineData("last-x-days", FetchValueArity.One, FetchValueKind.Integer)]
    [InlineData("in-fiscal-period-and-year", FetchValueArity.Two, FetchValueKind.Integer)]
    [InlineData("like", FetchValueArity.One, FetchValueKind.Text)]
    [InlineData("begins-with", FetchValueArity.One, FetchValueKind.Text)]
    [InlineData("in", FetchValueArity.OneOrMore, FetchValueKind.Column)]
    [InlineData("contain-values", FetchValueArity.OneOrMore, FetchValueKind.Integer)]
    [InlineData("under", FetchValueArity.One, FetchValueKind.Column)]
    [InlineData("eq-userid", FetchValueArity.None, FetchValueKind.Column)]
    public void TryGetByName_Operator_KnowsItsValues(string name, object arity, object kind)
    {
        FetchConditionOperators.TryGetByName(name, out FetchOperatorInfo? info);

        Assert.Equal((FetchValueArity)arity, info!.Arity);
        Assert.Equal((FetchValueKind)kind, info.Kind);
    }

    [Theory]
    [InlineData(ConditionOperator.Equal, true)]
    [InlineData(ConditionOperator.LessEqual, true)]
    [InlineData(ConditionOperator.Like, false)]
    [InlineData(ConditionOperator.In, false)]
    public void SupportsColumnComparison_OnlyTheSixComparisons(ConditionOperator conditionOperator, bool expected)
    {
        Assert.Equal(expected, FetchConditionOperators.SupportsColumnComparison(conditionOperator));
    }
}
