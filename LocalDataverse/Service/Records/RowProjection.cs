using DataverseSharing.LocalDataverse.Metadata;
using DataverseSharing.LocalDataverse.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Xrm.Sdk;

namespace DataverseSharing.LocalDataverse.Service.Records;

/// <summary>
/// The columns a read returns and how their SQL values become an Entity. For the row's own table the primary key
/// always comes first: Dataverse returns it whatever the column set says. A linked table's columns come back as
/// AliasedValues named "alias.column", after the columns before them in the SELECT (the offset).
/// </summary>
internal sealed class RowProjection
{
    private readonly TableDefinition table;
    private readonly List<(ColumnDefinition Column, int Ordinal, int TypeOrdinal, int NameOrdinal)> layout = [];
    private readonly List<string> sqlColumns = [];
    private readonly int offset;

    // The SQL column of versionnumber when the column set leaves it out: Dataverse sets Entity.RowVersion on every
    // row it returns (optimistic concurrency starts from a retrieved row), asked for or not. -1 when not selected so.
    private readonly int hiddenVersionOrdinal = -1;

    public RowProjection(TableDefinition table, IEnumerable<ColumnDefinition> columns, string tableAlias, LookupNames names, bool includePrimary = true, int offset = 0)
    {
        this.table = table;
        this.offset = offset;
        var primary = table.FindColumn(table.PrimaryIdAttribute)!;
        var selected = includePrimary ? columns.Where(c => c.LogicalName != primary.LogicalName).Prepend(primary) : columns.Distinct();
        foreach (var column in selected)
        {
            var ordinal = Add(tableAlias, column.LogicalName);
            var typeOrdinal = column.IsPolymorphic ? Add(tableAlias, StorageLayout.TypeColumn(column.LogicalName)) : -1;
            var nameOrdinal = column.IsReference && names.Expression(column, tableAlias) is { } name ? AddExpression(name) : -1;
            layout.Add((column, ordinal, typeOrdinal, nameOrdinal));
        }

        if (includePrimary && table.FindColumn(VersionColumn) is not null && layout.All(l => l.Column.LogicalName != VersionColumn))
        {
            hiddenVersionOrdinal = Add(tableAlias, VersionColumn);
        }
    }

    private const string VersionColumn = "versionnumber";

    /// <summary>The SELECT list, qualified by the table alias.</summary>
    public string SelectList => string.Join(", ", sqlColumns);

    /// <summary>How many SQL columns the projection selects, so the next one knows its offset.</summary>
    public int ColumnCount => sqlColumns.Count;

    /// <summary>Adds the linked table's values to a row as AliasedValues ("alias.column").</summary>
    public void ReadAliased(SqliteDataReader reader, Entity into, string entityAlias)
    {
        foreach (var (column, ordinal, typeOrdinal, nameOrdinal) in layout)
        {
            var value = ReadValue(reader, column, offset + ordinal, typeOrdinal < 0 ? -1 : offset + typeOrdinal, nameOrdinal < 0 ? -1 : offset + nameOrdinal);
            if (value is null)
            {
                continue;
            }

            var name = entityAlias + "." + column.LogicalName;
            into.Attributes[name] = new AliasedValue(table.LogicalName, column.LogicalName, value);
            if (ValueFromStorage.Format(column, value) is { } label)
            {
                into.FormattedValues[name] = label;
            }
        }
    }

    public Entity Read(SqliteDataReader reader)
    {
        var entity = new Entity(table.LogicalName, Guid.Parse(reader.GetString(0)));
        foreach (var (column, ordinal, typeOrdinal, nameOrdinal) in layout)
        {
            var value = ReadValue(reader, column, ordinal, typeOrdinal, nameOrdinal);
            if (value is null)
            {
                // Dataverse leaves out the attributes that hold no value.
                continue;
            }

            entity.Attributes[column.LogicalName] = value;
            if (ValueFromStorage.Format(column, value) is { } label)
            {
                entity.FormattedValues[column.LogicalName] = label;
            }

            if (column.LogicalName == VersionColumn)
            {
                entity.RowVersion = System.Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        if (hiddenVersionOrdinal >= 0 && !reader.IsDBNull(hiddenVersionOrdinal))
        {
            entity.RowVersion = reader.GetInt64(hiddenVersionOrdinal).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return entity;
    }

    private static object? ReadValue(SqliteDataReader reader, ColumnDefinition column, int ordinal, int typeOrdinal, int nameOrdinal)
    {
        var value = ValueFromStorage.Read(column, reader, ordinal, typeOrdinal);
        if (value is EntityReference reference && nameOrdinal >= 0 && !reader.IsDBNull(nameOrdinal))
        {
            reference.Name = reader.GetString(nameOrdinal);
        }

        return value;
    }

    private int Add(string alias, string column) => AddExpression($"{alias}.{SqlIdentifier.Quote(column)}");

    private int AddExpression(string expression)
    {
        sqlColumns.Add(expression);
        return sqlColumns.Count - 1;
    }
}
