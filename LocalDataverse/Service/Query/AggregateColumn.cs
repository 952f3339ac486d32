using System.Globalization;
using DataverseSharing.LocalDataverse.Metadata;
using DataverseSharing.LocalDataverse.Query.Fetch;
using DataverseSharing.LocalDataverse.Service.Faults;
using DataverseSharing.LocalDataverse.Service.Records;
using DataverseSharing.LocalDataverse.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Xrm.Sdk;

namespace DataverseSharing.LocalDataverse.Service.Query;

/// <summary>
/// One aggregated or grouped column of an aggregate FetchXML query: its SQL expression and how its value comes back.
/// Types follow Dataverse (which runs the aggregate in SQL Server): count and countcolumn are int; sum, min and max
/// keep the column's type (Money for money, decimal for decimal, int for whole numbers, DateTime for min/max of dates);
/// avg of a whole number is an int truncated toward zero, as SQL Server's AVG over int is (the documented numberofemployees
/// example returns 3,911). Date grouping returns the part as an int (year, quarter 1-4, month 1-12, week of the year
/// with weeks starting Sunday and 1 January in week 1, day of the month) and groups on the stored UTC time: the
/// engine has no user time zone, where Dataverse groups in the user's time zone by default.
/// </summary>
internal sealed class AggregateColumn
{
    private readonly int ordinal;
    private readonly int typeOrdinal;

    private AggregateColumn(FetchColumn source, TableDefinition table, ColumnDefinition column, string expression, string? typeExpression, int ordinal)
    {
        Source = source;
        Table = table;
        Column = column;
        SqlName = "a" + ordinal.ToString(CultureInfo.InvariantCulture);
        this.ordinal = ordinal;
        typeOrdinal = typeExpression is null ? -1 : ordinal + 1;
        SelectList = typeExpression is null ? $"{expression} AS {SqlName}" : $"{expression} AS {SqlName}, {typeExpression} AS {SqlName}t";
        GroupList = typeExpression is null ? expression : $"{expression}, {typeExpression}";
    }

    public FetchColumn Source { get; }

    public TableDefinition Table { get; }

    public ColumnDefinition Column { get; }

    /// <summary>The name of its value in the SELECT, which orders name it by.</summary>
    public string SqlName { get; }

    public string SelectList { get; }

    /// <summary>What GROUP BY lists for a grouped column (the stored table name too for customer and owner ids).</summary>
    public string GroupList { get; }

    /// <summary>How many values it adds to the SELECT.</summary>
    public int Width => typeOrdinal < 0 ? 1 : 2;

    public static AggregateColumn Create(FetchColumn source, QueryScope scope, int ordinal)
    {
        var (table, alias) = scope.Resolve(source.EntityAlias, scope.Root);
        var column = TableLookup.Column(table, source.AttributeName);
        var raw = $"{alias}.{SqlIdentifier.Quote(column.LogicalName)}";
        if (source.Aggregate is { } function)
        {
            return new AggregateColumn(source, table, column, Aggregate(function, source.Distinct, column, raw, table), null, ordinal);
        }

        if (source.DateGrouping is { } grouping)
        {
            return new AggregateColumn(source, table, column, DatePart(grouping, column, raw, table), null, ordinal);
        }

        var type = column.IsPolymorphic ? $"{alias}.{SqlIdentifier.Quote(StorageLayout.TypeColumn(column.LogicalName))}" : null;
        return new AggregateColumn(source, table, column, raw, type, ordinal);
    }

    /// <summary>Adds the value to a result row as Dataverse does: an AliasedValue under the alias; nothing when null.</summary>
    public void Read(SqliteDataReader reader, Entity into)
    {
        var value = Value(reader);
        if (value is null)
        {
            return;
        }

        into.Attributes[Source.ResultName] = new AliasedValue(Table.LogicalName, Column.LogicalName, value);
        if (Source.Aggregate is null && Source.DateGrouping is null && ValueFromStorage.Format(Column, value) is { } label)
        {
            into.FormattedValues[Source.ResultName] = label;
        }
    }

    private object? Value(SqliteDataReader reader)
    {
        if (reader.IsDBNull(ordinal))
        {
            return null;
        }

        return Source.Aggregate switch
        {
            FetchAggregateFunction.Count or FetchAggregateFunction.CountColumn => ToInt(reader.GetInt64(ordinal)),
            FetchAggregateFunction.Sum or FetchAggregateFunction.Avg or FetchAggregateFunction.Min or FetchAggregateFunction.Max
                when Column.Type is ColumnType.Decimal or ColumnType.Money => Number(reader.GetDouble(ordinal)),
            FetchAggregateFunction.Sum or FetchAggregateFunction.Avg when Column.Type == ColumnType.Integer => ToInt(reader.GetInt64(ordinal)),
            FetchAggregateFunction.Sum or FetchAggregateFunction.Avg => reader.GetInt64(ordinal),
            null when Source.DateGrouping is not null => ToInt(reader.GetInt64(ordinal)),
            _ => ValueFromStorage.Read(Column, reader, ordinal, typeOrdinal),
        };
    }

    // Decimal and money aggregate as REAL (storage keeps exact text); the decimal conversion keeps 15 significant digits.
    private object Number(double value)
    {
        var number = (decimal)value;
        return Column.Type == ColumnType.Money ? new Money(number) : number;
    }

    private int ToInt(long value) => value is >= int.MinValue and <= int.MaxValue
        ? (int)value
        : throw DataverseFaults.InvalidArgument($"The aggregate '{Source.ResultName}' overflows a whole number.");

    private static string Aggregate(FetchAggregateFunction function, bool distinct, ColumnDefinition column, string raw, TableDefinition table)
    {
        var d = distinct ? "DISTINCT " : string.Empty;
        var numeric = column.Type is ColumnType.Integer or ColumnType.BigInt or ColumnType.Decimal or ColumnType.Money;
        var operand = ConditionTranslator.Operand(column, raw[..raw.IndexOf('.', StringComparison.Ordinal)]);
        return function switch
        {
            FetchAggregateFunction.Count => distinct ? $"COUNT(DISTINCT {raw})" : "COUNT(*)",
            FetchAggregateFunction.CountColumn => $"COUNT({d}{raw})",
            FetchAggregateFunction.Sum when numeric => $"SUM({d}{operand})",
            FetchAggregateFunction.Avg when column.Type is ColumnType.Integer or ColumnType.BigInt => $"CAST(AVG({d}{raw}) AS INTEGER)",
            FetchAggregateFunction.Avg when numeric => $"AVG({d}{operand})",
            FetchAggregateFunction.Min when numeric || column.Type == ColumnType.DateTime => $"MIN({operand})",
            FetchAggregateFunction.Max when numeric || column.Type == ColumnType.DateTime => $"MAX({operand})",
            _ => throw DataverseFaults.Create(
                FetchXmlErrorCodes.InvalidAggregate,
                $"The aggregate {function.ToString().ToLowerInvariant()} is not valid on '{table.LogicalName}.{column.LogicalName}', a {column.Type} column."),
        };
    }

    private static string DatePart(FetchDateGrouping grouping, ColumnDefinition column, string raw, TableDefinition table)
    {
        if (column.Type != ColumnType.DateTime)
        {
            throw DataverseFaults.Create(FetchXmlErrorCodes.InvalidAggregate, $"dategrouping needs a date column; '{table.LogicalName}.{column.LogicalName}' is a {column.Type} column.");
        }

        // The stored text is ISO 8601 UTC; its first 19 characters are what SQLite's date functions read.
        var time = $"substr({raw}, 1, 19)";
        return grouping switch
        {
            FetchDateGrouping.Year => $"CAST(strftime('%Y', {time}) AS INTEGER)",
            FetchDateGrouping.Quarter => $"((CAST(strftime('%m', {time}) AS INTEGER) + 2) / 3)",
            FetchDateGrouping.Month => $"CAST(strftime('%m', {time}) AS INTEGER)",
            FetchDateGrouping.Day => $"CAST(strftime('%d', {time}) AS INTEGER)",

            // SQL Server's DATEPART(week): weeks start on Sunday and the week holding 1 January is week 1.
            FetchDateGrouping.Week => $"(CAST(strftime('%U', {time}) AS INTEGER) + CASE WHEN strftime('%w', strftime('%Y-01-01', {time})) = '0' THEN 0 ELSE 1 END)",
            _ => throw DataverseFaults.Unsupported($"dategrouping {grouping.ToString().ToLowerInvariant()} (fiscal periods need the organization's fiscal settings)"),
        };
    }
}
