using Microsoft.Data.Sqlite;

namespace DataverseSharing.Integration.Tests;

/// <summary>
/// What an org file holds, read with plain SQLite as the next command would find it (a log a killed process left
/// is recovered first): PRAGMA integrity_check, the row count of every table, and each practice's key, title,
/// topic, status and body. Two orgs with equal content hold the same data, not only the same number of rows.
/// </summary>
public sealed record OrgFileContent(string Integrity, IReadOnlyDictionary<string, long> Rows, IReadOnlyList<string> Practices)
{
    public static OrgFileContent Read(string path)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWrite, Pooling = false }.ToString());
        connection.Open();
        var integrity = string.Join("; ", Strings(connection, "PRAGMA integrity_check;"));
        if (integrity != "ok")
        {
            return new OrgFileContent(integrity, new Dictionary<string, long>(), Array.Empty<string>());
        }

        var rows = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var table in Strings(connection, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__localdataverse_%';"))
        {
            rows[table] = long.Parse(Strings(connection, $"SELECT count(*) FROM \"{table}\";")[0], System.Globalization.CultureInfo.InvariantCulture);
        }

        // A table is laid out by its first row (LocalDataverse's lazy tables): an org without practices has none.
        var practices = !rows.ContainsKey("dvs_bestpractice") ? new List<string>() : Strings(connection, "SELECT dvs_practicekey || '|' || dvs_name || '|' || dvs_topic || '|' || statuscode || '|' || coalesce(dvs_body, '') FROM dvs_bestpractice ORDER BY dvs_practicekey;");
        return new OrgFileContent(integrity, rows, practices);
    }

    /// <summary>Same integrity verdict, same rows per table, same practices.</summary>
    public bool SameAs(OrgFileContent other) =>
        Integrity == other.Integrity && Rows.SequenceEqual(other.Rows) && Practices.SequenceEqual(other.Practices);

    public override string ToString() =>
        Integrity != "ok" ? $"integrity_check: {Integrity}" : $"{Rows.Values.Sum()} rows in {Rows.Count} tables, {Practices.Count} practices";

    private static List<string> Strings(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(reader.IsDBNull(0) ? string.Empty : reader.GetString(0));
        }

        return values;
    }
}
