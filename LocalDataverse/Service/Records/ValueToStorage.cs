using DataverseSharing.LocalDataverse.Metadata;
using DataverseSharing.LocalDataverse.Service.Faults;
using Microsoft.Xrm.Sdk;

namespace DataverseSharing.LocalDataverse.Service.Records;

/// <summary>
/// Checks an attribute value the way Dataverse does on a write (type, length, range, option) and turns it into
/// the SQL values of its storage columns. Every rejection is the fault Dataverse raises for it.
/// </summary>
internal static class ValueToStorage
{
    /// <summary>The SQL column values for one attribute; a polymorphic lookup yields its target table too.</summary>
    public static IEnumerable<(string Column, object Value)> Convert(TableDefinition table, ColumnDefinition column, object? value)
    {
        if (value is null)
        {
            yield return (column.LogicalName, DBNull.Value);
            if (column.IsPolymorphic)
            {
                yield return (Storage.StorageLayout.TypeColumn(column.LogicalName), DBNull.Value);
            }

            yield break;
        }

        if (column.IsReference)
        {
            var reference = Expect<EntityReference>(table, column, value, "an EntityReference");
            if (!column.Targets.Contains(reference.LogicalName))
            {
                throw DataverseFaults.InvalidArgument(
                    $"The attribute '{column.LogicalName}' of '{table.LogicalName}' cannot refer to a '{reference.LogicalName}' record; it refers to {string.Join(" or ", column.Targets)}.");
            }

            yield return (column.LogicalName, StorageFormat.Guid(reference.Id));
            if (column.IsPolymorphic)
            {
                yield return (Storage.StorageLayout.TypeColumn(column.LogicalName), reference.LogicalName);
            }

            yield break;
        }

        yield return (column.LogicalName, Scalar(table, column, value));
    }

    private static object Scalar(TableDefinition table, ColumnDefinition column, object value)
    {
        switch (column.Type)
        {
            case ColumnType.String or ColumnType.Memo:
                var text = Expect<string>(table, column, value, "a String");
                if (column.MaxLength is { } max && text.Length > max)
                {
                    throw DataverseFaults.TooLong(table.LogicalName, column.LogicalName, max);
                }

                return text;
            case ColumnType.Integer:
                var integer = Expect<int>(table, column, value, "an Int32");
                CheckRange(table, column, integer);
                return integer;
            case ColumnType.BigInt:
                return value is long or int ? System.Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture) : throw WrongType(table, column, value, "an Int64");
            case ColumnType.Decimal:
                return Number(table, column, Expect<decimal>(table, column, value, "a Decimal"));
            case ColumnType.Double:
                var real = value is double d ? d : throw WrongType(table, column, value, "a Double");
                if (double.IsNaN(real) || double.IsInfinity(real) || real < (double?)column.MinValue || real > (double?)column.MaxValue)
                {
                    throw DataverseFaults.NumberOutOfRange(table.LogicalName, column.LogicalName);
                }

                return real;
            case ColumnType.Money:
                return Number(table, column, Expect<Money>(table, column, value, "a Money").Value);
            case ColumnType.Boolean:
                return Expect<bool>(table, column, value, "a Boolean") ? 1 : 0;
            case ColumnType.DateTime:
                return StorageFormat.DateTime(
                    Expect<DateTime>(table, column, value, "a DateTime"),
                    column.DateTimeBehavior == DateTimeBehavior.DateOnly);
            case ColumnType.Uniqueidentifier:
                return StorageFormat.Guid(Expect<Guid>(table, column, value, "a Guid"));
            case ColumnType.Picklist or ColumnType.State or ColumnType.Status:
                var option = Expect<OptionSetValue>(table, column, value, "an OptionSetValue").Value;
                CheckOption(table, column, option);
                return option;
            case ColumnType.MultiSelectPicklist:
                var options = Expect<OptionSetValueCollection>(table, column, value, "an OptionSetValueCollection").Select(o => o.Value).ToList();
                options.ForEach(o => CheckOption(table, column, o));
                return StorageFormat.MultiSelect(options);
            default:
                throw DataverseFaults.Unsupported($"writing {column.Type} columns ('{table.LogicalName}.{column.LogicalName}')");
        }
    }

    private static string Number(TableDefinition table, ColumnDefinition column, decimal number)
    {
        // Dataverse keeps as many decimals as the column's precision; it rounds the rest away.
        var rounded = column.Precision is { } precision ? Math.Round(number, precision, MidpointRounding.AwayFromZero) : number;
        CheckRange(table, column, rounded);
        return StorageFormat.Decimal(rounded);
    }

    private static void CheckRange(TableDefinition table, ColumnDefinition column, decimal number)
    {
        if (number < column.MinValue || number > column.MaxValue)
        {
            throw DataverseFaults.NumberOutOfRange(table.LogicalName, column.LogicalName);
        }
    }

    private static void CheckOption(TableDefinition table, ColumnDefinition column, int value)
    {
        var options = column.OptionSet!;
        if (!options.Contains(value))
        {
            throw DataverseFaults.OptionOutOfRange(table.LogicalName, column.LogicalName, value, options.Options.Select(o => o.Value));
        }
    }

    private static T Expect<T>(TableDefinition table, ColumnDefinition column, object value, string expected) =>
        value is T typed ? typed : throw WrongType(table, column, value, expected);

    private static Exception WrongType(TableDefinition table, ColumnDefinition column, object value, string expected) =>
        DataverseFaults.WrongType(table.LogicalName, column.LogicalName, value, expected);
}
