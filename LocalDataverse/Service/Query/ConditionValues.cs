using System.Collections;
using System.Globalization;
using DataverseSharing.LocalDataverse.Metadata;
using DataverseSharing.LocalDataverse.Service.Faults;
using DataverseSharing.LocalDataverse.Service.Records;
using Microsoft.Xrm.Sdk;

namespace DataverseSharing.LocalDataverse.Service.Query;

/// <summary>
/// Converts the values of a query condition into what the column's storage compares against. Queries are more
/// lenient than writes, as Dataverse's are: an id may come as a Guid, a string or an EntityReference, a choice
/// as an OptionSetValue or an int.
/// </summary>
internal static class ConditionValues
{
    /// <summary>The condition's values, with one array or list argument spread into its elements.</summary>
    public static List<object?> Flatten(IEnumerable<object?> values)
    {
        var list = values.ToList();
        return list is [IEnumerable many and not string] ? many.Cast<object?>().ToList() : list;
    }

    public static object ToStorage(string table, ColumnDefinition column, object? value)
    {
        try
        {
            return value switch
            {
                null => throw DataverseFaults.InvalidArgument($"A condition on '{table}.{column.LogicalName}' has a null value; use the Null operator."),
                _ when column.IsReference || column.Type == ColumnType.Uniqueidentifier => StorageFormat.Guid(AsGuid(value)),
                _ => column.Type switch
                {
                    ColumnType.String or ColumnType.Memo => System.Convert.ToString(value, CultureInfo.InvariantCulture)!,
                    ColumnType.Integer or ColumnType.BigInt => System.Convert.ToInt64(Unwrap(value), CultureInfo.InvariantCulture),
                    ColumnType.Picklist or ColumnType.State or ColumnType.Status or ColumnType.MultiSelectPicklist
                        => System.Convert.ToInt64(Unwrap(value), CultureInfo.InvariantCulture),
                    ColumnType.Boolean => value is bool flag ? (flag ? 1L : 0L) : System.Convert.ToInt64(value, CultureInfo.InvariantCulture) != 0 ? 1L : 0L,

                    // Compared as REAL: storage holds exact text, and the query casts it (see StorageLayout).
                    ColumnType.Decimal or ColumnType.Money or ColumnType.Double => System.Convert.ToDouble(Unwrap(value), CultureInfo.InvariantCulture),
                    ColumnType.DateTime => StorageFormat.DateTime(AsDateTime(value), column.DateTimeBehavior == DateTimeBehavior.DateOnly),
                    _ => throw DataverseFaults.Unsupported($"conditions on {column.Type} columns ('{table}.{column.LogicalName}')"),
                },
            };
        }
        catch (Exception e) when (e is FormatException or InvalidCastException or OverflowException)
        {
            throw DataverseFaults.InvalidArgument($"The value '{value}' of a condition on '{table}.{column.LogicalName}' does not fit a {column.Type} column.");
        }
    }

    private static object Unwrap(object value) => value switch
    {
        OptionSetValue option => option.Value,
        Money money => money.Value,
        Enum e => System.Convert.ToInt64(e, CultureInfo.InvariantCulture),
        _ => value,
    };

    private static Guid AsGuid(object value) => value switch
    {
        Guid id => id,
        EntityReference reference => reference.Id,
        string text => Guid.Parse(text),
        _ => throw new InvalidCastException(),
    };

    private static DateTime AsDateTime(object value) => value switch
    {
        DateTime time => time,
        string text => DateTime.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal),
        _ => throw new InvalidCastException(),
    };
}
