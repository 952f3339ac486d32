using DataverseSharing.WebApi.Http;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.WebApi.Query;

/// <summary>The FetchXML name of each QueryExpression condition operator.</summary>
internal static class FetchOperators
{
    private static readonly Dictionary<ConditionOperator, string> Names = new()
    {
        [ConditionOperator.Equal] = "eq", [ConditionOperator.NotEqual] = "ne", [ConditionOperator.GreaterThan] = "gt",
        [ConditionOperator.LessThan] = "lt", [ConditionOperator.GreaterEqual] = "ge", [ConditionOperator.LessEqual] = "le",
        [ConditionOperator.Like] = "like", [ConditionOperator.NotLike] = "not-like", [ConditionOperator.In] = "in",
        [ConditionOperator.NotIn] = "not-in", [ConditionOperator.Between] = "between", [ConditionOperator.NotBetween] = "not-between",
        [ConditionOperator.Null] = "null", [ConditionOperator.NotNull] = "not-null", [ConditionOperator.Yesterday] = "yesterday",
        [ConditionOperator.Today] = "today", [ConditionOperator.Tomorrow] = "tomorrow", [ConditionOperator.LastWeek] = "last-week",
        [ConditionOperator.ThisWeek] = "this-week", [ConditionOperator.NextWeek] = "next-week", [ConditionOperator.LastMonth] = "last-month",
        [ConditionOperator.ThisMonth] = "this-month", [ConditionOperator.NextMonth] = "next-month", [ConditionOperator.On] = "on",
        [ConditionOperator.OnOrBefore] = "on-or-before", [ConditionOperator.OnOrAfter] = "on-or-after", [ConditionOperator.LastYear] = "last-year",
        [ConditionOperator.ThisYear] = "this-year", [ConditionOperator.NextYear] = "next-year", [ConditionOperator.LastXHours] = "last-x-hours",
        [ConditionOperator.NextXHours] = "next-x-hours", [ConditionOperator.LastXDays] = "last-x-days", [ConditionOperator.NextXDays] = "next-x-days",
        [ConditionOperator.LastXWeeks] = "last-x-weeks", [ConditionOperator.NextXWeeks] = "next-x-weeks", [ConditionOperator.LastXMonths] = "last-x-months",
        [ConditionOperator.NextXMonths] = "next-x-months", [ConditionOperator.LastXYears] = "last-x-years", [ConditionOperator.NextXYears] = "next-x-years",
        [ConditionOperator.EqualUserId] = "eq-userid", [ConditionOperator.NotEqualUserId] = "ne-userid", [ConditionOperator.EqualBusinessId] = "eq-businessid",
        [ConditionOperator.NotEqualBusinessId] = "ne-businessid", [ConditionOperator.Mask] = "mask", [ConditionOperator.NotMask] = "not-mask",
        [ConditionOperator.MasksSelect] = "masks-select", [ConditionOperator.EqualUserLanguage] = "eq-userlanguage", [ConditionOperator.NotOn] = "not-on",
        [ConditionOperator.OlderThanXMonths] = "olderthan-x-months", [ConditionOperator.BeginsWith] = "begins-with",
        [ConditionOperator.DoesNotBeginWith] = "not-begin-with", [ConditionOperator.EndsWith] = "ends-with", [ConditionOperator.DoesNotEndWith] = "not-end-with",
        [ConditionOperator.ThisFiscalYear] = "this-fiscal-year", [ConditionOperator.ThisFiscalPeriod] = "this-fiscal-period",
        [ConditionOperator.NextFiscalYear] = "next-fiscal-year", [ConditionOperator.NextFiscalPeriod] = "next-fiscal-period",
        [ConditionOperator.LastFiscalYear] = "last-fiscal-year", [ConditionOperator.LastFiscalPeriod] = "last-fiscal-period",
        [ConditionOperator.LastXFiscalYears] = "last-x-fiscal-years", [ConditionOperator.LastXFiscalPeriods] = "last-x-fiscal-periods",
        [ConditionOperator.NextXFiscalYears] = "next-x-fiscal-years", [ConditionOperator.NextXFiscalPeriods] = "next-x-fiscal-periods",
        [ConditionOperator.InFiscalYear] = "in-fiscal-year", [ConditionOperator.InFiscalPeriod] = "in-fiscal-period",
        [ConditionOperator.InFiscalPeriodAndYear] = "in-fiscal-period-and-year", [ConditionOperator.InOrBeforeFiscalPeriodAndYear] = "in-or-before-fiscal-period-and-year",
        [ConditionOperator.InOrAfterFiscalPeriodAndYear] = "in-or-after-fiscal-period-and-year", [ConditionOperator.EqualUserTeams] = "eq-userteams",
        [ConditionOperator.EqualUserOrUserTeams] = "eq-useroruserteams", [ConditionOperator.Under] = "under", [ConditionOperator.NotUnder] = "not-under",
        [ConditionOperator.UnderOrEqual] = "eq-or-under", [ConditionOperator.Above] = "above", [ConditionOperator.AboveOrEqual] = "eq-or-above",
        [ConditionOperator.EqualUserOrUserHierarchy] = "eq-useroruserhierarchy", [ConditionOperator.EqualUserOrUserHierarchyAndTeams] = "eq-useroruserhierarchyandteams",
        [ConditionOperator.OlderThanXYears] = "olderthan-x-years", [ConditionOperator.OlderThanXWeeks] = "olderthan-x-weeks",
        [ConditionOperator.OlderThanXDays] = "olderthan-x-days", [ConditionOperator.OlderThanXHours] = "olderthan-x-hours",
        [ConditionOperator.OlderThanXMinutes] = "olderthan-x-minutes", [ConditionOperator.ContainValues] = "contain-values",
        [ConditionOperator.DoesNotContainValues] = "not-contain-values",
    };

    public static string Name(ConditionOperator op) =>
        Names.TryGetValue(op, out var name)
            ? name
            : throw WebApiFaults.Create(ErrorCodes.InvalidArgument, $"The condition operator {op} has no FetchXML equivalent.");
}
