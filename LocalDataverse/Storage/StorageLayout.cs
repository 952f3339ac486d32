using DataverseSharing.LocalDataverse.Metadata;

namespace DataverseSharing.LocalDataverse.Storage;

/// <summary>
/// How Dataverse values are laid out in SQLite: one SQL table per Dataverse table, named by logical name, one
/// SQL column per Dataverse column, plus the points the engine's reads and writes rely on:
/// <list type="bullet">
/// <item>ids and lookups: TEXT, the Guid in lower-case "D" format;</item>
/// <item>a lookup that can point to several tables (owner, customer) also stores the target table in a companion
/// TEXT column "&lt;column&gt;__type";</item>
/// <item>whole numbers, yes/no, choices, states and statuses: INTEGER;</item>
/// <item>decimal and money: TEXT holding the exact invariant decimal, because SQLite's REAL would round money;
/// comparisons in queries CAST it to REAL;</item>
/// <item>date and time: TEXT, UTC in a fixed-width ISO 8601 form, so text order is time order;</item>
/// <item>multi-select choices: TEXT of the values between commas (",1,3,"), so "contains value" is a LIKE.</item>
/// </list>
/// </summary>
internal static class StorageLayout
{
    public const string TypeSuffix = "__type";

    public static string SqlType(ColumnType type) => type switch
    {
        ColumnType.Integer or ColumnType.BigInt or ColumnType.Boolean or ColumnType.Picklist
            or ColumnType.State or ColumnType.Status => "INTEGER",
        ColumnType.Double => "REAL",
        _ => "TEXT",
    };

    /// <summary>The SQL columns that hold one Dataverse column: its own, and the target type for polymorphic lookups.</summary>
    public static IEnumerable<(string Name, string SqlType)> PhysicalColumns(ColumnDefinition column)
    {
        yield return (column.LogicalName, SqlType(column.Type));
        if (column.IsPolymorphic)
        {
            yield return (TypeColumn(column.LogicalName), "TEXT");
        }
    }

    public static string TypeColumn(string lookupColumn) => lookupColumn + TypeSuffix;

    public static string IndexName(string table, string column) => $"ix_{table}_{column}";

    public static string KeyIndexName(string table, string key) => $"uk_{table}_{key}";
}
