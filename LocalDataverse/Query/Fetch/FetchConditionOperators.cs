using System.Diagnostics.CodeAnalysis;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.LocalDataverse.Query.Fetch;

/// <summary>
/// The condition operators of the FetchXML schema (9.0.0.2090 operator type) and the <see cref="ConditionOperator"/>
/// each maps to, the way the SDK's FetchXmlToQueryExpression conversion maps them. Operators the SDK enum has but
/// FetchXML does not (contains, child-of, mask, not-on, ...) are deliberately absent.
/// </summary>
internal static class FetchConditionOperators
{
    private static readonly FetchOperatorInfo[] Operators =
    [
        new("eq", ConditionOperator.Equal, FetchValueArity.One, FetchValueKind.Column),
        new("neq", ConditionOperator.NotEqual, FetchValueArity.One, FetchValueKind.Column),
        new("ne", ConditionOperator.NotEqual, FetchValueArity.One, FetchValueKind.Column),
        new("gt", ConditionOperator.GreaterThan, FetchValueArity.One, FetchValueKind.Column),
        new("ge", ConditionOperator.GreaterEqual, FetchValueArity.One, FetchValueKind.Column),
        new("lt", ConditionOperator.LessThan, FetchValueArity.One, FetchValueKind.Column),
        new("le", ConditionOperator.LessEqual, FetchValueArity.One, FetchValueKind.Column),
        new("like", ConditionOperator.Like, FetchValueArity.One, FetchValueKind.Text),
        new("not-like", ConditionOperator.NotLike, FetchValueArity.One, FetchValueKind.Text),
        new("begins-with", ConditionOperator.BeginsWith, FetchValueArity.One, FetchValueKind.Text),
        new("not-begin-with", ConditionOperator.DoesNotBeginWith, FetchValueArity.One, FetchValueKind.Text),
        new("ends-with", ConditionOperator.EndsWith, FetchValueArity.One, FetchValueKind.Text),
        new("not-end-with", ConditionOperator.DoesNotEndWith, FetchValueArity.One, FetchValueKind.Text),
        new("in", ConditionOperator.In, FetchValueArity.OneOrMore, FetchValueKind.Column),
        new("not-in", ConditionOperator.NotIn, FetchValueArity.OneOrMore, FetchValueKind.Column),
        new("between", ConditionOperator.Between, FetchValueArity.Two, FetchValueKind.Column),
        new("not-between", ConditionOperator.NotBetween, FetchValueArity.Two, FetchValueKind.Column),
        new("null", ConditionOperator.Null, FetchValueArity.None, FetchValueKind.Column),
        new("not-null", ConditionOperator.NotNull, FetchValueArity.None, FetchValueKind.Column),
        new("yesterday", ConditionOperator.Yesterday, FetchValueArity.None, FetchValueKind.Column),
        new("today", ConditionOperator.Today, FetchValueArity.None, FetchValueKind.Column),
        new("tomorrow", ConditionOperator.Tomorrow, FetchValueArity.None, FetchValueKind.Column),
        new("last-seven-days", ConditionOperator.Last7Days, FetchValueArity.None, FetchValueKind.Column),
        new("next-seven-days", ConditionOperator.Next7Days, FetchValueArity.None, FetchValueKind.Column),
        new("last-week", ConditionOperator.LastWeek, FetchValueArity.None, FetchValueKind.Column),
        new("this-week", ConditionOperator.ThisWeek, FetchValueArity.None, FetchValueKind.Column),
        new("next-week", ConditionOperator.NextWeek, FetchValueArity.None, FetchValueKind.Column),
        new("last-month", ConditionOperator.LastMonth, FetchValueArity.None, FetchValueKind.Column),
        new("this-month", ConditionOperator.ThisMonth, FetchValueArity.None, FetchValueKind.Column),
        new("next-month", ConditionOperator.NextMonth, FetchValueArity.None, FetchValueKind.Column),
        new("last-year", ConditionOperator.LastYear, FetchValueArity.None, FetchValueKind.Column),
        new("this-year", ConditionOperator.ThisYear, FetchValueArity.None, FetchValueKind.Column),
        new("next-year", ConditionOperator.NextYear, FetchValueArity.None, FetchValueKind.Column),
        new("on", ConditionOperator.On, FetchValueArity.One, FetchValueKind.Column),
        new("on-or-before", ConditionOperator.OnOrBefore, FetchValueArity.One, FetchValueKind.Column),
        new("on-or-after", ConditionOperator.OnOrAfter, FetchValueArity.One, FetchValueKind.Column),
        new("last-x-hours", ConditionOperator.LastXHours, FetchValueArity.One, FetchValueKind.Integer),
        new("next-x-hours", ConditionOperator.NextXHours, FetchValueArity.One, FetchValueKind.Integer),
        new("last-x-days", ConditionOperator.LastXDays, FetchValueArity.One, FetchValueKind.Integer),
        new("next-x-days", ConditionOperator.NextXDays, FetchValueArity.One, FetchValueKind.Integer),
        new("last-x-weeks", ConditionOperator.LastXWeeks, FetchValueArity.One, FetchValueKind.Integer),
        new("next-x-weeks", ConditionOperator.NextXWeeks, FetchValueArity.One, FetchValueKind.Integer),
        new("last-x-months", ConditionOperator.LastXMonths, FetchValueArity.One, FetchValueKind.Integer),
        new("next-x-months", ConditionOperator.NextXMonths, FetchValueArity.One, FetchValueKind.Integer),
        new("last-x-years", ConditionOperator.LastXYears, FetchValueArity.One, FetchValueKind.Integer),
        new("next-x-years", ConditionOperator.NextXYears, FetchValueArity.One, FetchValueKind.Integer),
        new("olderthan-x-minutes", ConditionOperator.OlderThanXMinutes, FetchValueArity.One, FetchValueKind.Integer),
        new("olderthan-x-hours", ConditionOperator.OlderThanXHours, FetchValueArity.One, FetchValueKind.Integer),
        new("olderthan-x-days", ConditionOperator.OlderThanXDays, FetchValueArity.One, FetchValueKind.Integer),
        new("olderthan-x-weeks", ConditionOperator.OlderThanXWeeks, FetchValueArity.One, FetchValueKind.Integer),
        new("olderthan-x-months", ConditionOperator.OlderThanXMonths, FetchValueArity.One, FetchValueKind.Integer),
        new("olderthan-x-years", ConditionOperator.OlderThanXYears, FetchValueArity.One, FetchValueKind.Integer),
        new("eq-userid", ConditionOperator.EqualUserId, FetchValueArity.None, FetchValueKind.Column),
        new("ne-userid", ConditionOperator.NotEqualUserId, FetchValueArity.None, FetchValueKind.Column),
        new("eq-userteams", ConditionOperator.EqualUserTeams, FetchValueArity.None, FetchValueKind.Column),
        new("eq-useroruserteams", ConditionOperator.EqualUserOrUserTeams, FetchValueArity.None, FetchValueKind.Column),
        new("eq-useroruserhierarchy", ConditionOperator.EqualUserOrUserHierarchy, FetchValueArity.None, FetchValueKind.Column),
        new("eq-useroruserhierarchyandteams", ConditionOperator.EqualUserOrUserHierarchyAndTeams, FetchValueArity.None, FetchValueKind.Column),
        new("eq-businessid", ConditionOperator.EqualBusinessId, FetchValueArity.None, FetchValueKind.Column),
        new("ne-businessid", ConditionOperator.NotEqualBusinessId, FetchValueArity.None, FetchValueKind.Column),
        new("eq-userlanguage", ConditionOperator.EqualUserLanguage, FetchValueArity.None, FetchValueKind.Column),
        new("this-fiscal-year", ConditionOperator.ThisFiscalYear, FetchValueArity.None, FetchValueKind.Column),
        new("this-fiscal-period", ConditionOperator.ThisFiscalPeriod, FetchValueArity.None, FetchValueKind.Column),
        new("next-fiscal-year", ConditionOperator.NextFiscalYear, FetchValueArity.None, FetchValueKind.Column),
        new("next-fiscal-period", ConditionOperator.NextFiscalPeriod, FetchValueArity.None, FetchValueKind.Column),
        new("last-fiscal-year", ConditionOperator.LastFiscalYear, FetchValueArity.None, FetchValueKind.Column),
        new("last-fiscal-period", ConditionOperator.LastFiscalPeriod, FetchValueArity.None, FetchValueKind.Column),
        new("last-x-fiscal-years", ConditionOperator.LastXFiscalYears, FetchValueArity.One, FetchValueKind.Integer),
        new("last-x-fiscal-periods", ConditionOperator.LastXFiscalPeriods, FetchValueArity.One, FetchValueKind.Integer),
        new("next-x-fiscal-years", ConditionOperator.NextXFiscalYears, FetchValueArity.One, FetchValueKind.Integer),
        new("next-x-fiscal-periods", ConditionOperator.NextXFiscalPeriods, FetchValueArity.One, FetchValueKind.Integer),
        new("in-fiscal-year", ConditionOperator.InFiscalYear, FetchValueArity.One, FetchValueKind.Integer),
        new("in-fiscal-period", ConditionOperator.InFiscalPeriod, FetchValueArity.One, FetchValueKind.Integer),
        new("in-fiscal-period-and-year", ConditionOperator.InFiscalPeriodAndYear, FetchValueArity.Two, FetchValueKind.Integer),
        new("in-or-before-fiscal-period-and-year", ConditionOperator.InOrBeforeFiscalPeriodAndYear, FetchValueArity.Two, FetchValueKind.Integer),
        new("in-or-after-fiscal-period-and-year", ConditionOperator.InOrAfterFiscalPeriodAndYear, FetchValueArity.Two, FetchValueKind.Integer),
        new("under", ConditionOperator.Under, FetchValueArity.One, FetchValueKind.Column),
        new("eq-or-under", ConditionOperator.UnderOrEqual, FetchValueArity.One, FetchValueKind.Column),
        new("not-under", ConditionOperator.NotUnder, FetchValueArity.One, FetchValueKind.Column),
        new("above", ConditionOperator.Above, FetchValueArity.One, FetchValueKind.Column),
        new("eq-or-above", ConditionOperator.AboveOrEqual, FetchValueArity.One, FetchValueKind.Column),
        new("contain-values", ConditionOperator.ContainValues, FetchValueArity.OneOrMore, FetchValueKind.Integer),
        new("not-contain-values", ConditionOperator.DoesNotContainValues, FetchValueArity.OneOrMore, FetchValueKind.Integer),
    ];

    private static readonly Dictionary<string, FetchOperatorInfo> ByName = Operators.ToDictionary(info => info.Name, StringComparer.Ordinal);

    // "ne" and "neq" both map to NotEqual; the reverse lookup answers with the first, the spelling Dataverse writes.
    private static readonly Dictionary<ConditionOperator, FetchOperatorInfo> ByOperator = Operators
        .Where(info => info.Name != "neq")
        .ToDictionary(info => info.Operator);

    // Column comparison (valueof) only takes the six comparison operators.
    private static readonly HashSet<ConditionOperator> ColumnComparisonOperators =
    [
        ConditionOperator.Equal,
        ConditionOperator.NotEqual,
        ConditionOperator.GreaterThan,
        ConditionOperator.GreaterEqual,
        ConditionOperator.LessThan,
        ConditionOperator.LessEqual,
    ];

    /// <summary>Every FetchXML operator, in schema order.</summary>
    public static IReadOnlyList<FetchOperatorInfo> All => Operators;

    /// <summary>Finds an operator by its FetchXML name (case-sensitive, as the schema is).</summary>
    public static bool TryGetByName(string name, [NotNullWhen(true)] out FetchOperatorInfo? info) => ByName.TryGetValue(name, out info);

    /// <summary>Finds the FetchXML operator of an SDK operator; false for SDK operators FetchXML cannot express.</summary>
    public static bool TryGetByOperator(ConditionOperator conditionOperator, [NotNullWhen(true)] out FetchOperatorInfo? info) =>
        ByOperator.TryGetValue(conditionOperator, out info);

    /// <summary>Whether the operator can compare a column with another column (valueof).</summary>
    public static bool SupportsColumnComparison(ConditionOperator conditionOperator) => ColumnComparisonOperators.Contains(conditionOperator);
}
