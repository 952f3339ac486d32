using Microsoft.Data.Sqlite;

namespace DataverseSharing.LocalDataverse.Storage;

/// <summary>
/// Tombstones of deleted rows (table, id, the row version of the deleting request), so change tracking can report
/// what was removed since a data token, as Dataverse's RetrieveEntityChanges does.
/// </summary>
internal static class DeletedRows
{
    public const string Table = "__localdataverse_deleted";

    public static void CreateTable(SqliteConnection connection, SqliteTransaction transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText =
            $"CREATE TABLE IF NOT EXISTS {SqlIdentifier.Quote(Table)} (\"table\" TEXT NOT NULL, \"id\" TEXT NOT NULL, \"version\" INTEGER NOT NULL);" +
            $"CREATE INDEX IF NOT EXISTS {SqlIdentifier.Quote(Table + "_table_version")} ON {SqlIdentifier.Quote(Table)} (\"table\", \"version\");";
        command.ExecuteNonQuery();
    }
}
