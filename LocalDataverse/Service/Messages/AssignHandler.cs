using DataverseSharing.LocalDataverse.Security.Enforcement;
using DataverseSharing.LocalDataverse.Metadata;
using DataverseSharing.LocalDataverse.Service.Faults;
using DataverseSharing.LocalDataverse.Service.Records;
using DataverseSharing.LocalDataverse.Storage;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;

namespace DataverseSharing.LocalDataverse.Service.Messages;

/// <summary>
/// Assign: gives a user- or team-owned row a new owner (ownerid, owninguser or owningteam, and the owner's business
/// unit), then follows every one-to-many relationship in which the row is the parent and whose Assign cascade says
/// so: Cascade assigns all children, Active the active ones, UserOwned those the previous owner owned.
/// </summary>
internal sealed class AssignHandler : IMessageHandler
{
    public MessagePrivileges Privileges => MessagePrivileges.Assign();

    public string MessageName => "Assign";

    public OrganizationResponse Handle(OrganizationRequest request, RequestContext context)
    {
        var target = RequestParameters.Get<EntityReference>(request, "Target") ?? throw DataverseFaults.InvalidArgument("Assign requires a Target.");
        var assignee = RequestParameters.Get<EntityReference>(request, "Assignee") ?? throw DataverseFaults.InvalidArgument("Assign requires an Assignee.");
        if (assignee.LogicalName is not ("systemuser" or "team"))
        {
            throw DataverseFaults.InvalidArgument($"A record can be assigned to a systemuser or a team, not to a '{assignee.LogicalName}'.");
        }

        var table = TableLookup.Table(context.Catalog, target.LogicalName);
        if (table.FindColumn("ownerid") is null)
        {
            throw DataverseFaults.InvalidArgument($"The entity '{table.LogicalName}' is not user or team owned: its records cannot be assigned.");
        }

        var id = AlternateKeyLookup.Resolve(context, table, target);
        if (!new RecordStore(context, table).Exists(id))
        {
            throw DataverseFaults.RecordNotFound(table.LogicalName, id);
        }

        Assign(context, table, id, new EntityReference(assignee.LogicalName, assignee.Id), new HashSet<(string, Guid)>());
        return new AssignResponse();
    }

    private static void Assign(RequestContext context, TableDefinition table, Guid id, EntityReference owner, HashSet<(string, Guid)> visited)
    {
        if (!visited.Add((table.LogicalName, id)))
        {
            return;
        }

        var store = new RecordStore(context, table);
        var before = store.Read(id, [TableLookup.Column(table, "ownerid")])?.GetAttributeValue<EntityReference>("ownerid");

        // RecordWriter checks that the owner exists and sets owninguser/owningteam/owningbusinessunit, as Update does.
        store.Update(id, RecordWriter.ForUpdate(context, table, new Entity(table.LogicalName, id) { ["ownerid"] = owner }));

        foreach (var relationship in context.Catalog.RelationshipsReferencing(table.LogicalName))
        {
            var child = context.Catalog.GetTable(relationship.ReferencingEntity);
            if (relationship.Cascade.Assign is not (CascadeType.Cascade or CascadeType.Active or CascadeType.UserOwned) || child.FindColumn("ownerid") is null)
            {
                continue;
            }

            foreach (var childId in Children(context, table, child, relationship.ReferencingAttribute, id))
            {
                if (Follows(context, child, childId, relationship.Cascade.Assign, before))
                {
                    Assign(context, child, childId, owner, visited);
                }
            }
        }
    }

    private static bool Follows(RequestContext context, TableDefinition child, Guid childId, CascadeType cascade, EntityReference? previousOwner)
    {
        switch (cascade)
        {
            case CascadeType.Active when child.FindColumn("statecode") is { } state:
                return new RecordStore(context, child).Read(childId, [state])?.GetAttributeValue<OptionSetValue>("statecode")?.Value == 0;
            case CascadeType.UserOwned:
                var owner = new RecordStore(context, child).Read(childId, [TableLookup.Column(child, "ownerid")])?.GetAttributeValue<EntityReference>("ownerid");
                return owner is not null && previousOwner is not null && owner.Id == previousOwner.Id;
            default:
                return true;
        }
    }

    private static List<Guid> Children(RequestContext context, TableDefinition parent, TableDefinition child, string lookup, Guid id)
    {
        // A child table no row was written to has no children, and is left unmade (see LazyTables).
        if (!context.HasTable(child.LogicalName))
        {
            return [];
        }

        var column = TableLookup.Column(child, lookup);

        // A polymorphic lookup (customerid) matches only the values that point to the parent's table.
        var match = column.IsPolymorphic
            ? $"{SqlIdentifier.Quote(lookup)} = $id AND {SqlIdentifier.Quote(StorageLayout.TypeColumn(lookup))} = $table"
            : $"{SqlIdentifier.Quote(lookup)} = $id";
        using var command = context.Command($"SELECT {SqlIdentifier.Quote(child.PrimaryIdAttribute)} FROM {SqlIdentifier.Quote(child.LogicalName)} WHERE {match};");
        command.Parameters.AddWithValue("$id", StorageFormat.Guid(id));
        command.Parameters.AddWithValue("$table", parent.LogicalName);
        var ids = new List<Guid>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            ids.Add(Guid.Parse(reader.GetString(0)));
        }

        return ids;
    }
}
