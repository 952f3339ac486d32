using DataverseSharing.LocalDataverse.Metadata;
using Microsoft.Data.Sqlite;
using Microsoft.Xrm.Sdk;

namespace DataverseSharing.LocalDataverse.Service.Records;

/// <summary>Turns stored SQL values back into the SDK types a Retrieve returns, with the labels of choices.</summary>
internal static class ValueFromStorage
{
    /// <summary>The SDK value of a column, or null when the row holds none.</summary>
    public static object? Read(ColumnDefinition column, SqliteDataReader reader, int ordinal, int typeOrdinal)
    {
        if (reader.IsDBNull(ordinal))
        {
            return null;
        }

        return column.Type switch
        {
            ColumnType.String or ColumnType.Memo => reader.GetString(ordinal),
            ColumnType.Integer => reader.GetInt32(ordinal),
            ColumnType.BigInt => reader.GetInt64(ordinal),
            ColumnType.Decimal => StorageFormat.ParseDecimal(reader.GetString(ordinal)),
            ColumnType.Money => new Money(StorageFormat.ParseDecimal(reader.GetString(ordinal))),
            ColumnType.Double => reader.GetDouble(ordinal),
            ColumnType.Boolean => reader.GetInt64(ordinal) != 0,
            ColumnType.DateTime => StorageFormat.ParseDateTime(reader.GetString(ordinal)),
            ColumnType.Uniqueidentifier => Guid.Parse(reader.GetString(ordinal)),
            ColumnType.Picklist or ColumnType.State or ColumnType.Status => new OptionSetValue(reader.GetInt32(ordinal)),
            ColumnType.MultiSelectPicklist => new OptionSetValueCollection(
                StorageFormat.ParseMultiSelect(reader.GetString(ordinal)).Select(v => new OptionSetValue(v)).ToList()),
            ColumnType.Lookup or ColumnType.Owner or ColumnType.Customer => new EntityReference(
                typeOrdinal >= 0 && !reader.IsDBNull(typeOrdinal) ? reader.GetString(typeOrdinal) : column.Targets[0],
                Guid.Parse(reader.GetString(ordinal))),
            _ => null,
        };
    }

    /// <summary>The label Dataverse puts in FormattedValues for choices and yes/no values; null for other types.</summary>
    public static string? Format(ColumnDefinition column, object value) => value switch
    {
        OptionSetValue option => column.OptionSet?.Find(option.Value)?.Label,
        OptionSetValueCollection options => string.Join("; ", options.Select(o => column.OptionSet?.Find(o.Value)?.Label ?? o.Value.ToString(System.Globalization.CultureInfo.InvariantCulture))),
        bool flag => column.OptionSet?.Find(flag ? 1 : 0)?.Label ?? (flag ? "Yes" : "No"),
        _ => null,
    };
}
