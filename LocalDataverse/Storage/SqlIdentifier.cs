namespace DataverseSharing.LocalDataverse.Storage;

/// <summary>
/// Quotes table, column and index names for SQLite. Names come from metadata, never from request values, but
/// quoting keeps any name (a keyword such as "order", a quote character) from changing the statement.
/// </summary>
internal static class SqlIdentifier
{
    public static string Quote(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        return "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
