using DataverseSharing.LocalDataverse.Metadata;
using DataverseSharing.LocalDataverse.Service.Faults;
using DataverseSharing.LocalDataverse.Service.Messages;
using DataverseSharing.LocalDataverse.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Xrm.Sdk;

namespace DataverseSharing.LocalDataverse.Service.Records;

/// <summary>
/// Row-level reads and writes of one table, as parameterized SQL inside the request's transaction. Identifiers
/// come from metadata and are quoted; values are always parameters.
/// </summary>
internal sealed class RecordStore(RequestContext context, TableDefinition table)
{
    private const int SqliteConstraint = 19;

    private string QuotedTable => SqlIdentifier.Quote(table.LogicalName);

    private string QuotedId => SqlIdentifier.Quote(table.PrimaryIdAttribute);

    public bool Exists(Guid id)
    {
        if (!context.HasTable(table.LogicalName))
        {
            return false;
        }

        var command = context.Prepared($"SELECT 1 FROM {QuotedTable} WHERE {QuotedId} = $id;");
        command.Parameters.AddWithValue("$id", StorageFormat.Guid(id));
        return command.ExecuteScalar() is not null;
    }

    /// <summary>One lookup column of a row, as its stored id; null when the row or the value is missing.</summary>
    public Guid? ReadLookup(Guid id, ColumnDefinition column)
    {
        if (!context.HasTable(table.LogicalName))
        {
            return null;
        }

        var command = context.Prepared($"SELECT {SqlIdentifier.Quote(column.LogicalName)} FROM {QuotedTable} WHERE {QuotedId} = $id;");
        command.Parameters.AddWithValue("$id", StorageFormat.Guid(id));
        return command.ExecuteScalar() is string value ? Guid.Parse(value) : null;
    }

    public Entity? Read(Guid id, IEnumerable<ColumnDefinition> columns)
    {
        if (!context.HasTable(table.LogicalName))
        {
            return null;
        }

        var sql = new Query.SqlStatement();
        var projection = new RowProjection(table, columns, "t", new LookupNames(context, sql));
        sql.Text.Append($"SELECT {projection.SelectList} FROM {QuotedTable} AS t WHERE t.{QuotedId} = {sql.Parameter(StorageFormat.Guid(id))};");
        using var command = context.Command(sql.Text.ToString());
        sql.Bind(command);
        using var reader = command.ExecuteReader();
        return reader.Read() ? projection.Read(reader) : null;
    }

    public void Insert(Guid id, IReadOnlyDictionary<string, object> values)
    {
        context.EnsureTable(table);
        var columns = values.Keys.ToList();
        var sql = $"INSERT INTO {QuotedTable} ({string.Join(", ", columns.Select(SqlIdentifier.Quote))}) " +
            $"VALUES ({string.Join(", ", columns.Select((_, i) => $"$p{i}"))});";
        Execute(sql, id, columns.Select((c, i) => ($"$p{i}", values[c])));
    }

    /// <summary>Writes the values; false when no row has the id.</summary>
    public bool Update(Guid id, IReadOnlyDictionary<string, object> values)
    {
        if (!context.HasTable(table.LogicalName))
        {
            return false;
        }

        var columns = values.Keys.ToList();
        var sql = $"UPDATE {QuotedTable} SET {string.Join(", ", columns.Select((c, i) => $"{SqlIdentifier.Quote(c)} = $p{i}"))} WHERE {QuotedId} = $id;";
        return Execute(sql, id, columns.Select((c, i) => ($"$p{i}", values[c])).Append(("$id", (object)StorageFormat.Guid(id)))) > 0;
    }

    /// <summary>Deletes the row and leaves a tombstone for change tracking; false when no row has the id.</summary>
    public bool Delete(Guid id)
    {
        if (!context.HasTable(table.LogicalName))
        {
            return false;
        }

        using var command = context.Command($"DELETE FROM {QuotedTable} WHERE {QuotedId} = $id;");
        command.Parameters.AddWithValue("$id", StorageFormat.Guid(id));
        if (command.ExecuteNonQuery() == 0)
        {
            return false;
        }

        using var tombstone = context.Command($"INSERT INTO {SqlIdentifier.Quote(DeletedRows.Table)} (\"table\", \"id\", \"version\") VALUES ($table, $id, $version);");
        tombstone.Parameters.AddWithValue("$table", table.LogicalName);
        tombstone.Parameters.AddWithValue("$id", StorageFormat.Guid(id));
        tombstone.Parameters.AddWithValue("$version", context.RowVersion);
        tombstone.ExecuteNonQuery();
        return true;
    }

    private int Execute(string sql, Guid id, IEnumerable<(string Name, object Value)> parameters)
    {
        var command = context.Prepared(sql);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        try
        {
            return command.ExecuteNonQuery();
        }
        catch (SqliteException e) when (e.SqliteErrorCode == SqliteConstraint)
        {
            throw Duplicate(e, id);
        }
    }

    // SQLite names the columns of the violated unique index ("UNIQUE constraint failed: t.a, t.b"); map them back
    // to the primary key or to the alternate key Dataverse would name.
    private Exception Duplicate(SqliteException e, Guid id)
    {
        var detail = e.Message[(e.Message.LastIndexOf("failed:", StringComparison.Ordinal) + "failed:".Length)..].Trim().TrimEnd('.', '\'');
        var failed = detail.Split(',').Select(c => c.Trim().Split('.').Last()).ToHashSet(StringComparer.Ordinal);
        if (failed.SetEquals([table.PrimaryIdAttribute]))
        {
            return DataverseFaults.DuplicateId(table.LogicalName, id);
        }

        var key = table.Keys.FirstOrDefault(k => failed.SetEquals(k.Columns));
        return key is null
            ? DataverseFaults.Create(ErrorCodes.DuplicateRecord, $"Cannot insert duplicate key: {e.Message}")
            : DataverseFaults.DuplicateKey(key.SchemaName, key.Columns.Select(c => table.FindColumn(c)?.DisplayName ?? c));
    }
}
