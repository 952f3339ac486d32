using DataverseSharing.LocalDataverse.Metadata;
using DataverseSharing.LocalDataverse.Service.Faults;
using DataverseSharing.LocalDataverse.Service.Records;
using DataverseSharing.LocalDataverse.Storage;
using Microsoft.Data.Sqlite;

namespace DataverseSharing.LocalDataverse.Service.Messages;

/// <summary>
/// Inserts many rows of one table through prepared INSERT commands, one per distinct column list (rows of a bulk
/// load usually share one), so SQLite parses the statement once instead of once per row.
/// </summary>
internal sealed class BulkRowInserter(RequestContext context, TableDefinition table) : IDisposable
{
    private const int SqliteConstraint = 19;

    private readonly Dictionary<string, (SqliteCommand Command, string[] Columns)> commands = new(StringComparer.Ordinal);

    public void Insert(Guid id, Dictionary<string, object> values)
    {
        var (command, columns) = CommandFor(values);
        for (var i = 0; i < columns.Length; i++)
        {
            command.Parameters[i].Value = values[columns[i]];
        }

        try
        {
            command.ExecuteNonQuery();
        }
        catch (SqliteException e) when (e.SqliteErrorCode == SqliteConstraint)
        {
            // Rare: let RecordStore run the same insert, which names the duplicate id or alternate key as Create does.
            new RecordStore(context, table).Insert(id, values);
            throw DataverseFaults.Create(ErrorCodes.DuplicateRecord, $"Cannot insert duplicate key: {e.Message}");
        }
    }

    public void Dispose()
    {
        foreach (var (command, _) in commands.Values)
        {
            command.Dispose();
        }
    }

    private (SqliteCommand Command, string[] Columns) CommandFor(Dictionary<string, object> values)
    {
        var columns = values.Keys.ToArray();
        var key = string.Join(",", columns);
        if (commands.TryGetValue(key, out var prepared))
        {
            return prepared;
        }

        var command = context.Command(
            $"INSERT INTO {SqlIdentifier.Quote(table.LogicalName)} ({string.Join(", ", columns.Select(SqlIdentifier.Quote))}) " +
            $"VALUES ({string.Join(", ", columns.Select((_, i) => $"$p{i}"))});");
        for (var i = 0; i < columns.Length; i++)
        {
            command.Parameters.Add(new SqliteParameter($"$p{i}", DBNull.Value));
        }

        command.Prepare();
        prepared = (command, columns);
        commands[key] = prepared;
        return prepared;
    }
}
