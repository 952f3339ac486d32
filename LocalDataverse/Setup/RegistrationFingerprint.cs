using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using DataverseSharing.LocalDataverse.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Xrm.Sdk;

namespace DataverseSharing.LocalDataverse.Setup;

/// <summary>
/// What lets an open skip reading the registration rows back: a hash of the rows it was given (and of the tables
/// synced), and a stamp of those tables as the database holds them, their row counts and highest versionnumber,
/// stored in the schema table in the transaction that wrote the rows. An open given the same rows that finds the
/// same stamp has nothing to write.
/// </summary>
/// <remarks>
/// What invalidates it: other rows given (a changed folder, step or assembly version), a run-as user that appeared
/// or went away (the given rows drop a missing user), and any write through a service to a synced table. A create or
/// update stamps a versionnumber above every earlier one and a delete lowers the count, so a change by someone else
/// (an admin editing a step) is always seen and corrected by the next open. An edit with SQL outside the engine is
/// not seen.
/// </remarks>
internal static class RegistrationFingerprint
{
    private const string VersionColumn = "versionnumber";

    /// <summary>The hash of the rows to sync into <paramref name="tables"/>; null when a value has a type it cannot hash, and the rows are then always compared.</summary>
    public static string? OfRows(IReadOnlyList<string> tables, IReadOnlyList<string> neverPruned, IReadOnlyList<Entity> given)
    {
        var text = new StringBuilder();
        text.Append("tables ").AppendJoin(',', tables).Append(" kept ").AppendJoin(',', neverPruned).Append('\n');
        foreach (var row in given)
        {
            text.Append(row.LogicalName).Append(' ').Append(row.Id.ToString("D")).Append('\n');
            foreach (var attribute in row.Attributes.OrderBy(a => a.Key, StringComparer.Ordinal))
            {
                text.Append(attribute.Key).Append('=');
                if (!TryAppend(text, attribute.Value))
                {
                    return null;
                }

                text.Append('\n');
            }
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    /// <summary>
    /// The rows' hash with the tables' stamp, as stored; null when a table has no versionnumber, whose changes the
    /// stamp could not see.
    /// </summary>
    public static string? Current(LocalDatabase database, SqliteTransaction? transaction, IReadOnlyList<string> tables, string rowsHash)
    {
        if (!tables.All(t => database.Catalog.GetTable(t).FindColumn(VersionColumn) is not null))
        {
            return null;
        }

        using var command = database.Connection.CreateCommand();
        command.Transaction = transaction;
        // A table never written (see LazyTables) has no rows: its stamp is a constant, and reading it costs nothing.
        command.CommandText = string.Join(" UNION ALL ", tables.Select(t => LazyTables.Exists(database, t, transaction)
            ? $"SELECT count(*), coalesce(max({SqlIdentifier.Quote(VersionColumn)}), 0) FROM {SqlIdentifier.Quote(t)}"
            : "SELECT 0, 0")) + ";";
        var stamp = new StringBuilder(rowsHash);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            stamp.Append(' ').Append(reader.GetInt64(0).ToString(CultureInfo.InvariantCulture))
                .Append(':').Append(reader.GetInt64(1).ToString(CultureInfo.InvariantCulture));
        }

        return stamp.ToString();
    }

    public static string? Stored(LocalDatabase database, SqliteTransaction? transaction) =>
        SchemaVersion.ReadValue(database.Connection, transaction, SchemaVersion.RegistrationsKey);

    public static void Store(LocalDatabase database, SqliteTransaction? transaction, string fingerprint) =>
        SchemaVersion.WriteValue(database.Connection, transaction, SchemaVersion.RegistrationsKey, fingerprint);

    /// <summary>
    /// Stores the fingerprint of rows found already in place, if the write lock is free this instant and the tables
    /// still carry <paramref name="expected"/>: an open that had nothing to write neither waits for another
    /// process's writer nor fails for it; a later open then compares again.
    /// </summary>
    public static void StoreIfIdle(LocalDatabase database, IReadOnlyList<string> tables, string rowsHash, string expected)
    {
        // Straight to SQLite, whose own busy handler is off: BEGIN IMMEDIATE answers at once instead of retrying
        // until the busy timeout as Microsoft.Data.Sqlite does.
        var handle = database.Connection.Handle;
        if (SQLitePCL.raw.sqlite3_exec(handle, "BEGIN IMMEDIATE;") != SQLitePCL.raw.SQLITE_OK)
        {
            return;
        }

        try
        {
            if (Current(database, null, tables, rowsHash) == expected)
            {
                Store(database, null, expected);
            }

            if (SQLitePCL.raw.sqlite3_exec(handle, "COMMIT;") != SQLitePCL.raw.SQLITE_OK)
            {
                SQLitePCL.raw.sqlite3_exec(handle, "ROLLBACK;");
            }
        }
        catch
        {
            SQLitePCL.raw.sqlite3_exec(handle, "ROLLBACK;");
            throw;
        }
    }

    // Each value with its type, so "1" and 1 differ; strings length-prefixed, so no value can imitate a separator.
    private static bool TryAppend(StringBuilder text, object? value)
    {
        switch (value)
        {
            case null:
                text.Append('~');
                return true;
            case string s:
                text.Append("s").Append(s.Length).Append(':').Append(s);
                return true;
            case bool b:
                text.Append(b ? "b1" : "b0");
                return true;
            case int i:
                text.Append('i').Append(i.ToString(CultureInfo.InvariantCulture));
                return true;
            case long l:
                text.Append('l').Append(l.ToString(CultureInfo.InvariantCulture));
                return true;
            case decimal d:
                text.Append('d').Append(d.ToString(CultureInfo.InvariantCulture));
                return true;
            case double f:
                text.Append('f').Append(f.ToString("R", CultureInfo.InvariantCulture));
                return true;
            case Guid g:
                text.Append('g').Append(g.ToString("D"));
                return true;
            case DateTime t:
                text.Append('t').Append(t.ToString("O", CultureInfo.InvariantCulture));
                return true;
            case OptionSetValue o:
                text.Append('o').Append(o.Value.ToString(CultureInfo.InvariantCulture));
                return true;
            case Money m:
                text.Append('m').Append(m.Value.ToString(CultureInfo.InvariantCulture));
                return true;
            case EntityReference r:
                text.Append('r').Append(r.LogicalName.Length).Append(':').Append(r.LogicalName).Append(r.Id.ToString("D"));
                return true;
            default:
                return false;
        }
    }
}
