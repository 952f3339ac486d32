using DataverseSharing.LocalDataverse.Metadata;
using DataverseSharing.LocalDataverse.Service.Faults;
using DataverseSharing.LocalDataverse.Service.Records;
using DataverseSharing.LocalDataverse.Storage;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.LocalDataverse.Service.Query;

/// <summary>
/// Translates one condition into a SQL predicate. Text compares case-insensitively, as Dataverse's SQL Server
/// collation does, and Like patterns keep SQL Server's syntax (<see cref="LikePattern"/>); decimal and money compare
/// as numbers; an operator not listed here fails, naming it.
/// </summary>
internal static class ConditionTranslator
{
    /// <param name="now">The request's time (the organization's clock, UTC): what relative date operators count from.</param>
    public static string Translate(ConditionExpression condition, TableDefinition table, string alias, SqlStatement sql, Guid userId, DateTime now)
    {
        if (condition.CompareColumns)
        {
            throw DataverseFaults.Unsupported("conditions that compare two columns (CompareColumns)");
        }

        var column = TableLookup.Column(table, condition.AttributeName);
        var target = Operand(column, alias);
        var values = ConditionValues.Flatten(condition.Values);
        string Value(int index) => sql.Parameter(ConditionValues.ToStorage(table.LogicalName, column, At(values, index, condition)));
        string Pattern(string format) => sql.Parameter(string.Format(System.Globalization.CultureInfo.InvariantCulture, format, EscapeLike(Text(values, condition))));
        string Like(bool negated) => LikePattern.Parse(Text(values, condition), $"'{table.LogicalName}.{column.LogicalName}' ({condition.Operator})")
            .Predicate(target, Column(alias, column), sql, negated);
        string List() => string.Join(", ", values.Select(v => sql.Parameter(ConditionValues.ToStorage(table.LogicalName, column, v))));

        return condition.Operator switch
        {
            ConditionOperator.Equal when column.Type == ColumnType.MultiSelectPicklist => MultiSelect(column, alias, values, sql, all: true, exact: true),
            ConditionOperator.Equal => $"{target} = {Value(0)}",
            ConditionOperator.NotEqual => $"{target} <> {Value(0)}",
            ConditionOperator.GreaterThan => $"{target} > {Value(0)}",
            ConditionOperator.GreaterEqual => $"{target} >= {Value(0)}",
            ConditionOperator.LessThan => $"{target} < {Value(0)}",
            ConditionOperator.LessEqual => $"{target} <= {Value(0)}",
            ConditionOperator.Between => $"{target} BETWEEN {Value(0)} AND {Value(1)}",
            ConditionOperator.NotBetween => $"{target} NOT BETWEEN {Value(0)} AND {Value(1)}",
            ConditionOperator.In when values.Count == 0 => "0 = 1",
            ConditionOperator.In => $"{target} IN ({List()})",
            ConditionOperator.NotIn when values.Count == 0 => "1 = 1",
            ConditionOperator.NotIn => $"{target} NOT IN ({List()})",
            ConditionOperator.Null => $"{Column(alias, column)} IS NULL",
            ConditionOperator.NotNull => $"{Column(alias, column)} IS NOT NULL",
            ConditionOperator.Like => Like(negated: false),
            ConditionOperator.NotLike => Like(negated: true),
            ConditionOperator.BeginsWith => $"{target} LIKE {Pattern("{0}%")} ESCAPE '\\'",
            ConditionOperator.DoesNotBeginWith => $"{target} NOT LIKE {Pattern("{0}%")} ESCAPE '\\'",
            ConditionOperator.EndsWith => $"{target} LIKE {Pattern("%{0}")} ESCAPE '\\'",
            ConditionOperator.DoesNotEndWith => $"{target} NOT LIKE {Pattern("%{0}")} ESCAPE '\\'",
            ConditionOperator.Contains => $"{target} LIKE {Pattern("%{0}%")} ESCAPE '\\'",
            ConditionOperator.DoesNotContain => $"{target} NOT LIKE {Pattern("%{0}%")} ESCAPE '\\'",
            ConditionOperator.On => $"substr({Column(alias, column)}, 1, 10) = substr({Value(0)}, 1, 10)",
            ConditionOperator.NotOn => $"substr({Column(alias, column)}, 1, 10) <> substr({Value(0)}, 1, 10)",
            ConditionOperator.OnOrBefore => $"substr({Column(alias, column)}, 1, 10) <= substr({Value(0)}, 1, 10)",
            ConditionOperator.OnOrAfter => $"substr({Column(alias, column)}, 1, 10) >= substr({Value(0)}, 1, 10)",
            // Relative dates count in UTC days (Dataverse counts in the caller's time zone; the local engine has none).
            ConditionOperator.ThisMonth => $"substr({Column(alias, column)}, 1, 7) = {sql.Parameter(now.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture))}",
            ConditionOperator.NextXDays => $"substr({Column(alias, column)}, 1, 10) BETWEEN {Day(now, 0, sql)} AND {Day(now, Days(values, condition), sql)}",
            ConditionOperator.EqualUserId => $"{target} = {sql.Parameter(StorageFormat.Guid(userId))}",
            ConditionOperator.NotEqualUserId => $"{target} <> {sql.Parameter(StorageFormat.Guid(userId))}",
            ConditionOperator.ContainValues => MultiSelect(column, alias, values, sql, all: false, exact: false),

            // Dataverse keeps multi-select values in a table of their own, so "does not contain" also matches rows with none.
            ConditionOperator.DoesNotContainValues => $"({Column(alias, column)} IS NULL OR NOT {MultiSelect(column, alias, values, sql, all: false, exact: false)})",
            _ => throw DataverseFaults.Unsupported($"the condition operator {condition.Operator} (on '{table.LogicalName}.{column.LogicalName}')"),
        };
    }

    /// <summary>The column as SQL compares it: numbers for decimal and money, case-insensitive text for strings.</summary>
    public static string Operand(ColumnDefinition column, string alias) => column.Type switch
    {
        ColumnType.Decimal or ColumnType.Money => $"CAST({Column(alias, column)} AS REAL)",
        ColumnType.String or ColumnType.Memo => $"{Column(alias, column)} COLLATE NOCASE",
        _ => Column(alias, column),
    };

    private static string Column(string alias, ColumnDefinition column) => $"{alias}.{SqlIdentifier.Quote(column.LogicalName)}";

    private static string MultiSelect(ColumnDefinition column, string alias, List<object?> values, SqlStatement sql, bool all, bool exact)
    {
        if (column.Type != ColumnType.MultiSelectPicklist)
        {
            throw DataverseFaults.InvalidArgument($"ContainValues applies to multi-select choice columns; '{column.LogicalName}' is a {column.Type} column.");
        }

        var options = values.Select(v => (int)(long)ConditionValues.ToStorage(string.Empty, column, v)).ToList();
        if (exact)
        {
            return $"{Column(alias, column)} = {sql.Parameter(StorageFormat.MultiSelect(options))}";
        }

        var tests = options.Select(o => $"{Column(alias, column)} LIKE {sql.Parameter(StorageFormat.MultiSelectPattern(o))}").ToList();
        return tests.Count == 0 ? "0 = 1" : "(" + string.Join(all ? " AND " : " OR ", tests) + ")";
    }

    private static string Day(DateTime now, int offset, SqlStatement sql) =>
        sql.Parameter(now.Date.AddDays(offset).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));

    private static int Days(List<object?> values, ConditionExpression condition) =>
        int.TryParse(Text(values, condition), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var days) && days >= 0
            ? days
            : throw DataverseFaults.InvalidArgument($"The condition operator {condition.Operator} on '{condition.AttributeName}' needs a whole number of days, 0 or more.");

    private static object? At(List<object?> values, int index, ConditionExpression condition) =>
        index < values.Count
            ? values[index]
            : throw DataverseFaults.InvalidArgument($"The condition operator {condition.Operator} on '{condition.AttributeName}' needs {index + 1} value(s).");

    private static string Text(List<object?> values, ConditionExpression condition) =>
        System.Convert.ToString(At(values, 0, condition), System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;

    private static string EscapeLike(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
