using DataverseSharing.LocalDataverse.Metadata;
using DataverseSharing.LocalDataverse.Service.Messages;
using DataverseSharing.LocalDataverse.Service.Query;
using DataverseSharing.LocalDataverse.Storage;

namespace DataverseSharing.LocalDataverse.Service.Records;

/// <summary>
/// Builds the SQL that reads, with a row, the primary name of the row each of its lookups points to, so that
/// EntityReference.Name is filled as Dataverse fills it.
/// </summary>
internal sealed class LookupNames(RequestContext context, SqlStatement sql)
{
    /// <summary>A scalar expression giving the target's name, or null when no target table has a primary name.</summary>
    public string? Expression(ColumnDefinition column, string tableAlias)
    {
        var targets = column.Targets
            .Select(context.Catalog.FindTable)
            .OfType<TableDefinition>()
            .Where(t => t.PrimaryNameAttribute is not null)
            .ToList();
        if (targets.Count == 0)
        {
            return null;
        }

        var id = $"{tableAlias}.{SqlIdentifier.Quote(column.LogicalName)}";
        if (!column.IsPolymorphic)
        {
            return NameOf(targets[0], id);
        }

        var type = $"{tableAlias}.{SqlIdentifier.Quote(StorageLayout.TypeColumn(column.LogicalName))}";
        return "CASE " + type + string.Concat(targets.Select(t => $" WHEN {sql.Parameter(t.LogicalName)} THEN {NameOf(t, id)}")) + " END";
    }

    // A target table no row was written to yet names nothing (and is not read: see LazyTables).
    private string NameOf(TableDefinition target, string id) => !context.HasTable(target.LogicalName) ? "NULL" :
        $"(SELECT n.{SqlIdentifier.Quote(target.PrimaryNameAttribute!)} FROM {SqlIdentifier.Quote(target.LogicalName)} AS n " +
        $"WHERE n.{SqlIdentifier.Quote(target.PrimaryIdAttribute)} = {id})";
}
