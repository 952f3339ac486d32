using DataverseSharing.LocalDataverse.Metadata;
using DataverseSharing.LocalDataverse.Service.Faults;

namespace DataverseSharing.LocalDataverse.Service.Records;

/// <summary>Resolves the table and column names a request names, with Dataverse's faults for unknown ones.</summary>
internal static class TableLookup
{
    public static TableDefinition Table(MetadataCatalog catalog, string? logicalName) =>
        logicalName is not null && catalog.TryGetTable(logicalName, out var table)
            ? table
            : throw DataverseFaults.UnknownTable(logicalName ?? string.Empty);

    public static ColumnDefinition Column(TableDefinition table, string logicalName) =>
        table.TryGetColumn(logicalName, out var column)
            ? column
            : throw DataverseFaults.UnknownColumn(table.LogicalName, logicalName);
}
