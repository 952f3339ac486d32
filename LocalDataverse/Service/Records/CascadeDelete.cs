using DataverseSharing.LocalDataverse.Metadata;
using DataverseSharing.LocalDataverse.Service.Faults;
using DataverseSharing.LocalDataverse.Service.Messages;
using DataverseSharing.LocalDataverse.Storage;

namespace DataverseSharing.LocalDataverse.Service.Records;

/// <summary>
/// Deletes a row the way Dataverse does: each one-to-many relationship in which the row is the parent acts on
/// the children by its delete cascade (delete them too, clear their lookup, or refuse while they exist), and
/// the row's many-to-many associations go with it.
/// </summary>
internal static class CascadeDelete
{
    /// <summary>Deletes the row and what hangs on it; false when the row does not exist.</summary>
    public static bool Delete(RequestContext context, TableDefinition table, Guid id) =>
        Delete(context, table, id, new HashSet<(string, Guid)>());

    private static bool Delete(RequestContext context, TableDefinition table, Guid id, HashSet<(string, Guid)> visited)
    {
        if (!visited.Add((table.LogicalName, id)) || !new RecordStore(context, table).Exists(id))
        {
            return false;
        }

        foreach (var relationship in context.Catalog.RelationshipsReferencing(table.LogicalName))
        {
            Apply(context, table, id, relationship, visited);
        }

        foreach (var relationship in context.Catalog.ManyToManyRelationships)
        {
            if (relationship.Entity1LogicalName == table.LogicalName)
            {
                DeleteWhere(context, relationship.IntersectEntityName, relationship.Entity1IntersectAttribute, id);
            }

            if (relationship.Entity2LogicalName == table.LogicalName)
            {
                DeleteWhere(context, relationship.IntersectEntityName, relationship.Entity2IntersectAttribute, id);
            }
        }

        return new RecordStore(context, table).Delete(id);
    }

    private static void Apply(RequestContext context, TableDefinition parent, Guid id, OneToManyRelationshipDefinition relationship, HashSet<(string, Guid)> visited)
    {
        var child = context.Catalog.GetTable(relationship.ReferencingEntity);
        var column = child.FindColumn(relationship.ReferencingAttribute)!;
        switch (relationship.Cascade.Delete)
        {
            case CascadeType.Cascade:
                foreach (var childId in Children(context, parent, child, column, id))
                {
                    Delete(context, child, childId, visited);
                }

                break;
            case CascadeType.RemoveLink:
                ClearLinks(context, parent, child, column, id);
                break;
            case CascadeType.Restrict when Children(context, parent, child, column, id).Count > 0:
                throw DataverseFaults.CannotDeleteDueToAssociation(parent.LogicalName, id, relationship.SchemaName);
        }
    }

    private static List<Guid> Children(RequestContext context, TableDefinition parent, TableDefinition child, ColumnDefinition column, Guid id)
    {
        // A child table no row was written to has no children, and is left unmade (see LazyTables).
        if (!context.HasTable(child.LogicalName))
        {
            return [];
        }

        using var command = context.Command(
            $"SELECT {SqlIdentifier.Quote(child.PrimaryIdAttribute)} FROM {SqlIdentifier.Quote(child.LogicalName)} WHERE {Match(column)};");
        Bind(command, parent, id);
        var ids = new List<Guid>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            ids.Add(Guid.Parse(reader.GetString(0)));
        }

        return ids;
    }

    private static void ClearLinks(RequestContext context, TableDefinition parent, TableDefinition child, ColumnDefinition column, Guid id)
    {
        if (!context.HasTable(child.LogicalName))
        {
            return;
        }

        var clear = column.IsPolymorphic
            ? $"{SqlIdentifier.Quote(column.LogicalName)} = NULL, {SqlIdentifier.Quote(StorageLayout.TypeColumn(column.LogicalName))} = NULL"
            : $"{SqlIdentifier.Quote(column.LogicalName)} = NULL";
        using var command = context.Command($"UPDATE {SqlIdentifier.Quote(child.LogicalName)} SET {clear} WHERE {Match(column)};");
        Bind(command, parent, id);
        command.ExecuteNonQuery();
    }

    // A polymorphic lookup matches only the values that point to the parent's table.
    private static string Match(ColumnDefinition column) =>
        column.IsPolymorphic
            ? $"{SqlIdentifier.Quote(column.LogicalName)} = $id AND {SqlIdentifier.Quote(StorageLayout.TypeColumn(column.LogicalName))} = $table"
            : $"{SqlIdentifier.Quote(column.LogicalName)} = $id";

    private static void Bind(Microsoft.Data.Sqlite.SqliteCommand command, TableDefinition parent, Guid id)
    {
        command.Parameters.AddWithValue("$id", StorageFormat.Guid(id));
        command.Parameters.AddWithValue("$table", parent.LogicalName);
    }

    private static void DeleteWhere(RequestContext context, string table, string column, Guid id)
    {
        if (!context.HasTable(table))
        {
            return;
        }

        using var command = context.Command($"DELETE FROM {SqlIdentifier.Quote(table)} WHERE {SqlIdentifier.Quote(column)} = $id;");
        command.Parameters.AddWithValue("$id", StorageFormat.Guid(id));
        command.ExecuteNonQuery();
    }
}
