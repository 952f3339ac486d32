using System.Security.Cryptography;
using System.Text;
using DataverseSharing.LocalDataverse.Metadata;
using Microsoft.Data.Sqlite;

namespace DataverseSharing.LocalDataverse.Storage;

/// <summary>
/// Every activity (task, email, phonecall, appointment, opportunityclose: tables whose primary key is activityid) has a row in
/// activitypointer with the same activityid, its common columns and activitytypecode naming the activity's table, as
/// Dataverse keeps one; so a query of activitypointer lists every kind of activity at once.
/// </summary>
/// <remarks>
/// Kept by SQLite triggers on the activity's table rather than by the message handlers: Create, the bulk insert,
/// Update, SetState, Assign, cascades that clear a regarding lookup and Delete all reach the table by different
/// statements, and a trigger follows each of them inside the same transaction, so a kill -9 or a rolled-back request
/// never leaves an activity without its pointer row or the reverse. The triggers are named after the columns they
/// copy: when a newer catalog adds columns they are replaced, and the pointer rows are copied again then, which also
/// fills them in for a file whose activities were written before the triggers existed.
/// </remarks>
internal static class ActivityPointerMirror
{
    public const string PointerTable = "activitypointer";

    private const string ActivityIdColumn = "activityid";

    private const string TypeCodeColumn = "activitytypecode";

    /// <summary>The catalog's activitypointer when <paramref name="table"/> is an activity it mirrors.</summary>
    public static TableDefinition? PointerFor(MetadataCatalog catalog, TableDefinition table) =>
        table.PrimaryIdAttribute == ActivityIdColumn
        && !string.Equals(table.LogicalName, PointerTable, StringComparison.Ordinal)
        && catalog.FindTable(PointerTable) is { PrimaryIdAttribute: ActivityIdColumn } pointer
            ? pointer
            : null;

    /// <summary>
    /// Creates the triggers that copy <paramref name="activity"/>'s rows into activitypointer, unless the file has
    /// them for these very columns; both tables are laid out already, in <paramref name="transaction"/>.
    /// </summary>
    public static void EnsureTriggers(SqliteConnection connection, SqliteTransaction transaction, TableDefinition activity, TableDefinition pointer)
    {
        var columns = SharedColumns(activity, pointer);
        var prefix = $"mirror_{activity.LogicalName}_";
        var name = prefix + Fingerprint(columns);
        var existing = TriggersOf(connection, transaction, activity.LogicalName, prefix);
        if (existing.Contains(name + "_insert") && existing.Contains(name + "_update") && existing.Contains(name + "_delete"))
        {
            return;
        }

        var statements = existing.Select(t => $"DROP TRIGGER IF EXISTS {SqlIdentifier.Quote(t)};").ToList();
        statements.AddRange(Triggers(activity, pointer, name, columns));

        // The rows written before these triggers existed, or before a column was copied.
        statements.Add(Copy(activity, pointer, columns, $" FROM {SqlIdentifier.Quote(activity.LogicalName)}", row: null));
        foreach (var sql in statements)
        {
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            command.ExecuteNonQuery();
        }
    }

    // The physical columns both tables have, activityid first; activitytypecode is written by the trigger itself.
    private static List<string> SharedColumns(TableDefinition activity, TableDefinition pointer)
    {
        var inActivity = activity.Columns.SelectMany(StorageLayout.PhysicalColumns).Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        return pointer.Columns.SelectMany(StorageLayout.PhysicalColumns).Select(c => c.Name)
            .Where(c => inActivity.Contains(c) && c != TypeCodeColumn)
            .OrderBy(c => c == ActivityIdColumn ? 0 : 1)
            .ThenBy(c => c, StringComparer.Ordinal)
            .ToList();
    }

    private static IEnumerable<string> Triggers(TableDefinition activity, TableDefinition pointer, string name, List<string> columns)
    {
        var table = SqlIdentifier.Quote(activity.LogicalName);
        var target = SqlIdentifier.Quote(pointer.LogicalName);
        var id = SqlIdentifier.Quote(ActivityIdColumn);
        yield return $"CREATE TRIGGER {SqlIdentifier.Quote(name + "_insert")} AFTER INSERT ON {table} BEGIN " +
            Copy(activity, pointer, columns, string.Empty, row: "NEW") + " END;";
        var set = string.Join(", ", columns.Where(c => c != ActivityIdColumn).Select(c => $"{SqlIdentifier.Quote(c)} = NEW.{SqlIdentifier.Quote(c)}"));
        yield return $"CREATE TRIGGER {SqlIdentifier.Quote(name + "_update")} AFTER UPDATE ON {table} BEGIN " +
            $"UPDATE {target} SET {set} WHERE {id} = NEW.{id}; END;";
        yield return $"CREATE TRIGGER {SqlIdentifier.Quote(name + "_delete")} AFTER DELETE ON {table} BEGIN " +
            $"DELETE FROM {target} WHERE {id} = OLD.{id}; END;";
    }

    // INSERT OR REPLACE of the shared columns and the type code, from NEW (in a trigger) or from every row of the
    // activity table (REPLACE: a pointer row already there is brought up to date).
    private static string Copy(TableDefinition activity, TableDefinition pointer, List<string> columns, string from, string? row)
    {
        var names = string.Join(", ", columns.Append(TypeCodeColumn).Select(SqlIdentifier.Quote));
        var values = string.Join(", ", columns.Select(c => (row is null ? string.Empty : row + ".") + SqlIdentifier.Quote(c)));
        var typeCode = "'" + activity.LogicalName.Replace("'", "''", StringComparison.Ordinal) + "'";
        return $"INSERT OR REPLACE INTO {SqlIdentifier.Quote(pointer.LogicalName)} ({names}) SELECT {values}, {typeCode}{from};";
    }

    private static HashSet<string> TriggersOf(SqliteConnection connection, SqliteTransaction transaction, string table, string prefix)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = $table AND substr(name, 1, length($prefix)) = $prefix;";
        command.Parameters.AddWithValue("$table", table);
        command.Parameters.AddWithValue("$prefix", prefix);
        var names = new HashSet<string>(StringComparer.Ordinal);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }

    private static string Fingerprint(List<string> columns) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join(",", columns))).AsSpan(0, 6));
}
