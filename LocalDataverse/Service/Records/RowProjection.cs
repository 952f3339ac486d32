using DataverseSharing.LocalDataverse.Metadata;
using DataverseSharing.LocalDataverse.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Xrm.Sdk;

namespace DataverseSharing.LocalDataverse.Service.Records;

/// <summary>
/// The columns a read returns and how their SQL values become an Entity. The primary key always comes first:
/// Dataverse returns it whatever the column set says.
/// </summary>
internal sealed class RowProjection
{
    private readonly TableDefinition table;
    private readonly List<(ColumnDefinition Column, int Ordinal, int TypeOrdinal)> layout = [];
    private readonly List<string> sqlColumns = [];

    public RowProjection(TableDefinition table, IEnumerable<ColumnDefinition> columns, string tableAlias)
    {
        this.table = table;
        var primary = table.FindColumn(table.PrimaryIdAttribute)!;
        foreach (var column in columns.Where(c => c.LogicalName != primary.LogicalName).Prepend(primary))
        {
            var ordinal = Add(tableAlias, column.LogicalName);
            var typeOrdinal = column.IsPolymorphic ? Add(tableAlias, StorageLayout.TypeColumn(column.LogicalName)) : -1;
            layout.Add((column, ordinal, typeOrdinal));
        }
    }

    /// <summary>The SELECT list, qualified by the table alias.</summary>
    public string SelectList => string.Join(", ", sqlColumns);

    public Entity Read(SqliteDataReader reader)
    {
        var entity = new Entity(table.LogicalName, Guid.Parse(reader.GetString(0)));
        foreach (var (column, ordinal, typeOrdinal) in layout)
        {
            var value = ValueFromStorage.Read(column, reader, ordinal, typeOrdinal);
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

            if (column.LogicalName == "versionnumber")
            {
                entity.RowVersion = System.Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        return entity;
    }

    private int Add(string alias, string column)
    {
        sqlColumns.Add($"{alias}.{SqlIdentifier.Quote(column)}");
        return sqlColumns.Count - 1;
    }
}
